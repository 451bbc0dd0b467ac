package ma.hirfa.vae.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceRulesTest {

    @Test
    void evidenceIsRecognisedByItsFirstBytesNotByItsName() {
        assertThat(EvidenceRules.contentType("%PDF-1.7".getBytes())).contains("application/pdf");
        assertThat(EvidenceRules.contentType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .contains("image/jpeg");
        assertThat(EvidenceRules.contentType(new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
                .contains("image/png");
        assertThat(EvidenceRules.contentType("MZ executable".getBytes())).isEmpty();
        assertThat(EvidenceRules.contentType(new byte[0])).isEmpty();
    }

    @Test
    void fileNamesLoseTheirFoldersAndInvisibleCharacters() {
        assertThat(EvidenceRules.fileName("C:\\Users\\x\\photo\u202Egnp.exe")).isEqualTo("photognp.exe");
        assertThat(EvidenceRules.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceRules.fileName("")).isEqualTo("evidence");
    }
}
