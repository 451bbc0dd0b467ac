package ma.hirfa.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import ma.hirfa.matching.IdentityRecord;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {

    private static final LocalDate BORN = LocalDate.of(1998, 9, 9);

    @Test
    void nationalIdsOneKeyingSlipApartShareAKey() {
        assertThat(shared(withId("J311265"), withId("J311266"))).isNotEmpty(); // last digit mistyped
        assertThat(shared(withId("LB998546"), withId("LB998456"))).isNotEmpty(); // two digits swapped
        assertThat(shared(withId("LB998546"), withId("D100650"))).isEmpty();
    }

    @Test
    void theSameBirthDateInTheSameProvinceMeetsWhateverTheNames() {
        IdentityRecord arabic = new IdentityRecord("1", null, "فاطمة", "أومراكشي", null, null, BORN, "171", null);
        IdentityRecord latin = new IdentityRecord("2", null, null, null, "Fatna", "Owmarrakcih", BORN, "171", null);
        IdentityRecord elsewhere = new IdentityRecord("3", null, null, null, "Fatna", "Owmarrakcih", BORN, "491", null);

        assertThat(shared(arabic, latin)).containsExactly("b:171|19980909");
        assertThat(shared(arabic, elsewhere)).isEmpty();
    }

    private static IdentityRecord withId(String id) {
        return new IdentityRecord(id, id, null, null, "Omar", "Tazi" + id, null, null, null);
    }

    private static Set<String> shared(IdentityRecord a, IdentityRecord b) {
        Set<String> keys = new HashSet<>(BlockingKeys.of(PreparedIdentity.of(a)));
        keys.retainAll(BlockingKeys.of(PreparedIdentity.of(b)));
        keys.removeIf(k -> k.startsWith("t:") || k.startsWith("d:"));
        return keys;
    }
}
