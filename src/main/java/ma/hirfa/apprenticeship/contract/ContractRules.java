package ma.hirfa.apprenticeship.contract;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import ma.hirfa.platform.Refusal.Problem;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.ArtisanStatus;

/** The rules of a new contract that need no database, each broken rule reported with its field. */
final class ContractRules {

    private ContractRules() {}

    static List<Problem> check(ContractForm form, ApprenticeshipSettings settings) {
        List<Problem> problems = new ArrayList<>();
        if (form.endsOn() != null && form.startsOn() != null && !form.endsOn().isAfter(form.startsOn())) {
            problems.add(Problem.of("endsOn", "apprenticeship.contract.endsOn.beforeStart"));
        }
        if (form.apprenticeBirthDate() != null && form.startsOn() != null) {
            int age = ageOn(form.apprenticeBirthDate(), form.startsOn());
            if (age < settings.minAge || age > settings.maxAge) {
                problems.add(Problem.of(
                        "apprenticeBirthDate",
                        "apprenticeship.contract.apprentice.age",
                        settings.minAge,
                        settings.maxAge,
                        Math.max(age, 0)));
            }
        }
        if (form.workshopShare() != null && form.workshopShare() < settings.minWorkshopShare) {
            problems.add(Problem.of(
                    "workshopShare", "apprenticeship.contract.workshopShare.low", settings.minWorkshopShare));
        }
        if (form.centreShare() != null && form.centreShare() < settings.minCentreShare) {
            problems.add(Problem.of("centreShare", "apprenticeship.contract.centreShare.low", settings.minCentreShare));
        }
        if (form.workshopShare() != null
                && form.centreShare() != null
                && form.workshopShare() + form.centreShare() > 100) {
            problems.add(Problem.of("centreShare", "apprenticeship.contract.shares.over"));
        }
        return problems;
    }

    /** Refusals about the master: not registered, suspended, or already training as many as allowed. */
    static List<Problem> checkMaster(ArtisanProfile master, int running, ApprenticeshipSettings settings) {
        if (master.status() == ArtisanStatus.SUSPENDED) {
            return List.of(Problem.of("masterReference", "apprenticeship.contract.master.suspended"));
        }
        if (!master.registered()) {
            return List.of(Problem.of("masterReference", "apprenticeship.contract.master.notRegistered"));
        }
        if (running >= settings.masterCapacity) {
            return List.of(
                    Problem.of("masterReference", "apprenticeship.contract.master.full", settings.masterCapacity));
        }
        return List.of();
    }

    static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
