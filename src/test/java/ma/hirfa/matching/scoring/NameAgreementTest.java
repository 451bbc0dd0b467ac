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
    void aLatinSpellingsSlipsAreForgivenInFamilyNamesButNotBetweenArabicNames() {
        // the clerks' "Ouh" for أو (Ouhali/أوعلي), an h eaten by a digraph (Thri/طاهري), the article fused (Lissa)
        assertThat(NameAgreement.familySimilarity("HL", "L", true)).isGreaterThanOrEqualTo(0.92);
        assertThat(NameAgreement.familySimilarity("TR", "THR", true)).isGreaterThanOrEqualTo(0.92);
        assertThat(NameAgreement.familySimilarity("LS", "S", true)).isGreaterThanOrEqualTo(0.92);
        // rh for غ (Ourhazali/أوغزالي), Ouh before a fused article (Ouhlattar/أوعطار)
        assertThat(NameAgreement.familySimilarity("RHZL", "KZL", true)).isGreaterThanOrEqualTo(0.92);
        assertThat(NameAgreement.familySimilarity("HLTR", "TR", true)).isGreaterThanOrEqualTo(0.92);
        // two slips (Sahfiq/شفيق: s for sh and an h apart), a consonant dropped in three (Beada/برادة)
        assertThat(NameAgreement.familySimilarity("SHFK", "CFK", true)).isGreaterThanOrEqualTo(0.88);
        assertThat(NameAgreement.familySimilarity("BD", "BRD", true)).isGreaterThanOrEqualTo(0.88);
        // Arabic names on both sides keep the strict rule: حلو and علي are two families
        assertThat(NameAgreement.familySimilarity("HL", "L", false)).isLessThan(0.85);
        assertThat(NameAgreement.familySimilarity("BD", "BRD", false)).isLessThan(0.85);
        // a consonant replaced is still another family, in Latin too
        assertThat(NameAgreement.familySimilarity("SBK", "SDK", true)).isLessThan(0.85);
        assertThat(NameAgreement.familySimilarity("BRD", "KTN", true)).isLessThan(0.75);
        assertThat(NameAgreement.familySimilarity("MR", "BD", true)).isLessThan(0.75);
    }

    @Test
    void aParticleWrittenApartMatchesItJoinedAcrossScripts() {
        NameAgreement agreement = NameAgreement.of(
                PhoneticNames.arabic("إبراهيم", "بن حدو"), PhoneticNames.latin("Brahim", "Bne Haddou"), true);

        assertThat(agreement.weight()).isEqualTo(NameAgreement.MAX_WEIGHT);
    }

    @Test
    void twoDifferentNamesStillDisagree() {
        NameAgreement agreement =
                NameAgreement.of(PhoneticNames.arabic("محمد", "العلوي"), PhoneticNames.latin("Naima", "Berrada"), true);

        assertThat(agreement.weight()).isNegative();
    }
}
