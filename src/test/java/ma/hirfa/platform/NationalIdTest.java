package ma.hirfa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NationalIdTest {

    @Test
    void acceptsOneOrTwoLettersThenDigits() {
        assertThat(NationalId.parse("J123456")).contains(new NationalId("J123456"));
        assertThat(NationalId.parse("AB12345678")).contains(new NationalId("AB12345678"));
    }

    @Test
    void normalisesCaseAndSpacesToTheStoredText() {
        assertThat(NationalId.parse(" ab 123 456 ")).map(NationalId::value).contains("AB123456");
        assertThat(NationalId.normalise("bk 6543")).isEqualTo("BK6543");
        assertThat(NationalId.normalise("\tab 12\r\n34\u000B5\f")).isEqualTo("AB12345");
        assertThat(NationalId.normalise("AB12345")).isEqualTo("AB12345");
        assertThat(NationalId.normalise("  ")).isNull();
    }

    @Test
    void refusesWhatIsNotACardNumberWithATranslatedKey() {
        assertThat(NationalId.isValid("123456")).isFalse();
        assertThat(NationalId.isValid("ABC123")).isFalse();
        assertThat(NationalId.isValid("AB123456789")).isFalse();
        assertThat(NationalId.isValid("J12-3456")).isFalse();
        assertThat(NationalId.parse(null)).isEmpty();
        assertThatThrownBy(() -> new NationalId("j123456"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("platform.nationalId.invalid");
    }

    @Test
    void theFormCheckLetsBlankThroughForNotBlankToDecide() {
        NationalIdFormat.Check check = new NationalIdFormat.Check();
        assertThat(check.isValid(null, null)).isTrue();
        assertThat(check.isValid("", null)).isTrue();
        assertThat(check.isValid("j 123456", null)).isTrue();
        assertThat(check.isValid("123456", null)).isFalse();
    }
}
