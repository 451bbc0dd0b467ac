package ma.hirfa.matching.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** National ids packed in a long for the neighbours rule come back as they were and keep their text order. */
class ScanPlanTest {

    @Test
    void packedNationalIdsKeepTheirTextOrderAndComeBackUnchanged() {
        List<String> ids = List.of("A1", "A12", "A123456", "AB1", "B9", "BE123456", "Z99999999", "ZZ99999999");
        for (int i = 0; i < ids.size(); i++) {
            assertThat(ScanPlan.unpack(ScanPlan.pack(ids.get(i)))).isEqualTo(ids.get(i));
            for (int j = 0; j < ids.size(); j++) {
                assertThat(Long.signum(Long.compare(ScanPlan.pack(ids.get(i)), ScanPlan.pack(ids.get(j)))))
                        .as(ids.get(i) + " vs " + ids.get(j))
                        .isEqualTo(Integer.signum(ids.get(i).compareTo(ids.get(j))));
            }
        }
        assertThat(ScanPlan.unpack(ScanPlan.pack(null))).isNull();
        assertThat(ScanPlan.pack("AB-12")).isEqualTo(-1);
        assertThat(ScanPlan.pack("ABCDEFGHIJK")).isEqualTo(-1);
    }
}
