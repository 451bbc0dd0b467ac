package ma.hirfa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void readsMoroccanNumbersInEveryUsualFormAsOneE164Number() {
        assertThat(PhoneNumber.parse("0612345678")).contains(new PhoneNumber("+212612345678"));
        assertThat(PhoneNumber.parse("06 12 34 56 78")).map(PhoneNumber::value).contains("+212612345678");
        assertThat(PhoneNumber.parse("00212 612345678")).map(PhoneNumber::value).contains("+212612345678");
        assertThat(PhoneNumber.parse("+212 6 12 34 56 78"))
                .map(PhoneNumber::value)
                .contains("+212612345678");
        assertThat(PhoneNumber.parse("0522-12-34-56")).map(PhoneNumber::value).contains("+212522123456");
    }

    @Test
    void keepsAForeignNumberThatCarriesItsCountryCode() {
        assertThat(PhoneNumber.parse("+33 6 12 34 56 78"))
                .map(PhoneNumber::value)
                .contains("+33612345678");
    }

    @Test
    void refusesWhatIsNotAValidNumberWithATranslatedKey() {
        assertThat(PhoneNumber.isValid("0012")).isFalse();
        assertThat(PhoneNumber.isValid("06123")).isFalse();
        assertThat(PhoneNumber.isValid("phone")).isFalse();
        assertThat(PhoneNumber.isValid("0112345678")).isFalse();
        assertThat(PhoneNumber.parse(" ")).isEmpty();
        assertThatThrownBy(() -> new PhoneNumber("0612345678"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("platform.phone.invalid");
    }

    @Test
    void normaliseKeepsWhatWasTypedWhenItCannotBeRead() {
        assertThat(PhoneNumber.normalise(" 0612345678 ")).isEqualTo("+212612345678");
        assertThat(PhoneNumber.normalise(" 06123 ")).isEqualTo("06123");
        assertThat(PhoneNumber.normalise("")).isNull();
        assertThat(PhoneNumber.isE164("+212612345678")).isTrue();
        assertThat(PhoneNumber.isE164("06123")).isFalse();
    }

    @Test
    void theFormCheckLetsBlankThroughForNotBlankToDecide() {
        PhoneNumberFormat.Check check = new PhoneNumberFormat.Check();
        assertThat(check.isValid(null, null)).isTrue();
        assertThat(check.isValid(" ", null)).isTrue();
        assertThat(check.isValid("06 12 34 56 78", null)).isTrue();
        assertThat(check.isValid("06123", null)).isFalse();
    }
}
