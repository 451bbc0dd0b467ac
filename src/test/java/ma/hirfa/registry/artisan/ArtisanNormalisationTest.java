package ma.hirfa.registry.artisan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArtisanNormalisationTest {

    @Test
    void writesMoroccanPhoneNumbersInE164() {
        assertThat(ArtisanRules.phone("06 12 34 56 78")).isEqualTo("+212612345678");
        assertThat(ArtisanRules.phone("00212 6-12-34-56-78")).isEqualTo("+212612345678");
        assertThat(ArtisanRules.phone("+212 7 00 11 22 33")).isEqualTo("+212700112233");
        assertThat(ArtisanRules.phone("  ")).isNull();
    }

    @Test
    void storesNationalIdsUpperCaseWithoutSpacesCollapsesNameSpacesAndSortsOtherCrafts() {
        ArtisanForm form = new ArtisanForm(
                " jb 12345 ",
                "عبد   الله",
                "",
                "",
                "",
                Sex.M,
                null,
                "",
                " 401 ",
                " ",
                "P01",
                Category.ARTISAN,
                QualificationBasis.EXPERIENCE,
                5,
                null,
                null,
                null,
                java.util.List.of("P02", "P01", "P02"),
                null);

        ArtisanDetails details = ArtisanRules.normalise(form);

        assertThat(details.nationalId()).isEqualTo("JB12345");
        assertThat(details.firstNameAr()).isEqualTo("عبد الله");
        assertThat(details.lastNameAr()).isNull();
        assertThat(details.provinceCode()).isEqualTo("401");
        assertThat(details.communeCode()).isNull();
        assertThat(details.otherCrafts())
                .as("other crafts without the main one")
                .isEqualTo("P02");
    }

    @Test
    void namesRefuseDigitsControlAndBidiOverrideCharacters() {
        assertThat("Aït-Baha O'Brien").matches(ArtisanForm.NAME);
        assertThat("فاطمة الزهراء").matches(ArtisanForm.NAME);
        assertThat("ⴼⴰⵟⵉⵎⴰ").matches(ArtisanForm.NAME);
        assertThat("Fatima\u202Eevil").doesNotMatch(ArtisanForm.NAME);
        assertThat("Fatima\u0007").doesNotMatch(ArtisanForm.NAME);
        assertThat("R2D2").doesNotMatch(ArtisanForm.NAME);
    }
}
