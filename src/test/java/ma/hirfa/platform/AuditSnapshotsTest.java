package ma.hirfa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 13 item 6: no audit snapshot can exceed its column, and a summarised one still proves the change. */
class AuditSnapshotsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aSnapshotThatFitsIsKeptWhole() {
        String snapshot = "{\"names\":[\"" + "a".repeat(99_000) + "\"]}";

        assertThat(AuditTrail.bounded(snapshot, json)).isEqualTo(snapshot);
    }

    @Test
    void aSnapshotTooLongForItsColumnIsSummarisedWithItsLengthHashAndBeginning() {
        String big = "{\"names\":[\"" + "ⵜ".repeat(AuditTrail.MAX_SNAPSHOT) + "\"]}";
        String other = big.replace("ⵜ\"]}", "ⵣ\"]}");

        String stored = AuditTrail.bounded(big, json);
        JsonNode summary = json.readTree(stored);

        assertThat(stored.length()).isLessThan(AuditTrail.MAX_SNAPSHOT);
        assertThat(summary.get("summarised").asBoolean()).isTrue();
        assertThat(summary.get("length").asInt()).isEqualTo(big.length());
        assertThat(summary.get("beginning").asString()).startsWith("{\"names\":[\"ⵜⵜ");
        assertThat(summary.get("sha256").asString())
                .hasSize(64)
                .isNotEqualTo(json.readTree(AuditTrail.bounded(other, json))
                        .get("sha256")
                        .asString());
    }
}
