package ma.hirfa.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hirfa.matching.phonetic.PhoneticNames;
import org.junit.jupiter.api.Test;

class NameAgreementTest {

    @Test
    void familyNameKeysOneSlipApartAgreeEvenWhenTheSlipIsTheirFirstLetter() {
        assertThat(NameAgreement.familySimilarity("HZRHN", "ZRHN")).isGreaterThanOrEqualTo(0.92);
        assertThat(NameAgreement.familySimilarity("HSF", "SF")).isGreaterThanOrEqualTo(0.88);
        // a one-letter key says too little to forgive a slip
        assertThat(NameAgreement.familySimilarity("HD", "D")).isLessThan(0.85);
        assertThat(NameAgreement.familySimilarity("BRD", "KTN")).isLessThan(0.75);
        // one consonant replaced is another family: Sebbagh, الصديقي; Alami, Salmi
        assertThat(NameAgreement.familySimilarity("SBK", "SDK")).isLessThan(0.85);
        assertThat(NameAgreement.familySimilarity("SLM", "LM")).isLessThan(0.85);
        // first names one consonant apart are different names: Mohamed, Ahmed
        assertThat(NameAgreement.firstNameSimilarity("MHMD", "HMD")).isLessThan(0.85);
        assertThat(NameAgreement.firstNameSimilarity("FTN", "FTM")).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void aParticleWrittenApartMatchesItJoinedAcrossScripts() {
        NameAgreement agreement = NameAgreement.of(
                PhoneticNames.arabic("إبراهيم", "بن حدو"), PhoneticNames.latin("Brahim", "Bne Haddou"));

        assertThat(agreement.weight()).isEqualTo(NameAgreement.MAX_WEIGHT);
    }

    @Test
    void twoDifferentNamesStillDisagree() {
        NameAgreement agreement =
                NameAgreement.of(PhoneticNames.arabic("محمد", "العلوي"), PhoneticNames.latin("Naima", "Berrada"));

        assertThat(agreement.weight()).isNegative();
    }
}
