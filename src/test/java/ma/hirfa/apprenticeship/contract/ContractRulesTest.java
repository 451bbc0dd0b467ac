package ma.hirfa.apprenticeship.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import ma.hirfa.platform.Refusal.Problem;
import ma.hirfa.reference.TrainingLevel;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.ArtisanStatus;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

    private static final ApprenticeshipSettings LAW = new ApprenticeshipSettings(15, 30, 3, 80, 10, 80);
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Test
    void anApprenticeMayStartOnTheirFifteenthBirthdayAndUntilTheEveOfTheirThirtyFirst() {
        assertThat(keys(form(START.minusYears(15), 80, 20))).isEmpty();
        assertThat(keys(form(START.minusYears(31).plusDays(1), 80, 20))).isEmpty();
        assertThat(keys(form(START.minusYears(15).plusDays(1), 80, 20)))
                .containsExactly("apprenticeship.contract.apprentice.age");
        assertThat(keys(form(START.minusYears(31), 80, 20))).containsExactly("apprenticeship.contract.apprentice.age");
    }

    @Test
    void theWorkshopTakesAtLeastEightyPercentAndTheCentreAtLeastTen() {
        LocalDate adult = START.minusYears(20);
        assertThat(keys(form(adult, 90, 10))).isEmpty();
        assertThat(keys(form(adult, 79, 21))).containsExactly("apprenticeship.contract.workshopShare.low");
        assertThat(keys(form(adult, 91, 9))).containsExactly("apprenticeship.contract.centreShare.low");
        assertThat(keys(form(adult, 85, 20))).containsExactly("apprenticeship.contract.shares.over");
    }

    @Test
    void aSuspendedOrFullMasterIsRefused() {
        assertThat(ContractRules.checkMaster(master(ArtisanStatus.SUSPENDED), 0, LAW))
                .extracting(Problem::key)
                .containsExactly("apprenticeship.contract.master.suspended");
        assertThat(ContractRules.checkMaster(master(ArtisanStatus.REGISTERED), 3, LAW))
                .extracting(Problem::key)
                .containsExactly("apprenticeship.contract.master.full");
        assertThat(ContractRules.checkMaster(master(ArtisanStatus.REGISTERED), 2, LAW))
                .isEmpty();
    }

    @Test
    void numbersInMessagesAreKeptAsTextSoThatArabicShowsWesternDigits() {
        assertThat(Problem.of("f", "k", 15, 30).args()).containsExactly("15", "30");
    }

    private static java.util.List<String> keys(ContractForm form) {
        return ContractRules.check(form, LAW).stream().map(Problem::key).toList();
    }

    private static ContractForm form(LocalDate birth, int workshop, int centre) {
        return new ContractForm(
                "Youssef",
                "Ait Ali",
                "",
                birth,
                "",
                null,
                1L,
                "",
                "Atelier",
                "CFA",
                "P01",
                TrainingLevel.ATTESTATION,
                START,
                START.plusYears(1),
                workshop,
                centre);
    }

    private static ArtisanProfile master(ArtisanStatus status) {
        return new ArtisanProfile(
                1, "08", "301", null, "P01", status, null, null, null, "J1", null, null, null, null, null, "M", "N");
    }
}
