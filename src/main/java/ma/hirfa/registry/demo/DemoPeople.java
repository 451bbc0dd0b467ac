package ma.hirfa.registry.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import ma.hirfa.registry.artisan.Sex;

/**
 * Realistic names for demo data: paired Arabic and Latin forms with the transliteration variants seen in
 * real registers (ideas from shared/datasets/gen_artisans.py, rewritten here so the project stands alone).
 * Deterministic for a given seed.
 */
final class DemoPeople {

    record Name(String ar, String[] lat, Sex sex) {}

    private static final List<Name> FIRST = List.of(
            new Name("محمد", new String[] {"Mohamed", "Mohammed", "Mhamed"}, Sex.M),
            new Name("أحمد", new String[] {"Ahmed", "Ahmad"}, Sex.M),
            new Name("عبد الله", new String[] {"Abdellah", "Abdallah"}, Sex.M),
            new Name("يوسف", new String[] {"Youssef", "Yousef"}, Sex.M),
            new Name("الحسن", new String[] {"Lahcen", "Lhassan"}, Sex.M),
            new Name("إبراهيم", new String[] {"Brahim", "Ibrahim"}, Sex.M),
            new Name("مبارك", new String[] {"Mbarek", "Moubarak"}, Sex.M),
            new Name("الحسين", new String[] {"Lhoussaine", "El Houssine"}, Sex.M),
            new Name("سعيد", new String[] {"Said"}, Sex.M),
            new Name("عمر", new String[] {"Omar"}, Sex.M),
            new Name("فاطمة", new String[] {"Fatima", "Fatna"}, Sex.F),
            new Name("خديجة", new String[] {"Khadija", "Khadidja"}, Sex.F),
            new Name("عائشة", new String[] {"Aicha", "Aisha"}, Sex.F),
            new Name("إيطو", new String[] {"Itto", "Ito"}, Sex.F),
            new Name("تودة", new String[] {"Touda"}, Sex.F),
            new Name("يامنة", new String[] {"Yamna", "Yamina"}, Sex.F),
            new Name("زينب", new String[] {"Zineb", "Zainab"}, Sex.F),
            new Name("حليمة", new String[] {"Halima"}, Sex.F),
            new Name("مليكة", new String[] {"Malika"}, Sex.F),
            new Name("رقية", new String[] {"Rkia", "Rokaya"}, Sex.F));

    private static final List<String[]> LAST = List.of(
            new String[] {"أوحدو", "Ouahdou", "Ouhaddou"},
            new String[] {"أمزيان", "Amzian", "Amziane"},
            new String[] {"أيت علي", "Ait Ali", "Aït Ali"},
            new String[] {"بن موسى", "Ben Moussa", "Benmoussa"},
            new String[] {"الإدريسي", "El Idrissi", "Drissi"},
            new String[] {"أمغار", "Amghar", "Amrhar"},
            new String[] {"أسكور", "Askour", "Asskour"},
            new String[] {"إزم", "Izem", "Izm"},
            new String[] {"الحداد", "El Haddad", "Haddad"},
            new String[] {"الدباغ", "Debbagh", "Dabbagh"},
            new String[] {"الفخار", "Fekhar", "Fakhar"},
            new String[] {"بوزيدي", "Bouzidi", "Buzidi"},
            new String[] {"العلوي", "Alaoui", "Alawi"},
            new String[] {"أوبلا", "Oubella", "Oubela"},
            new String[] {"حمو", "Hammou", "Hamou"},
            new String[] {"الزياني", "Ziani", "Zyani"},
            new String[] {"أخياط", "Akhiyat", "Akhyat"},
            new String[] {"المنصوري", "Mansouri", "Mansuri"},
            new String[] {"الطاهري", "Tahiri", "Tahri"},
            new String[] {"بوشعيب", "Bouchaib", "Bouchaïb"});

    private final Random random;

    DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    Name first() {
        return FIRST.get(random.nextInt(FIRST.size()));
    }

    String[] last() {
        return LAST.get(random.nextInt(LAST.size()));
    }

    String latin(String[] variants) {
        return variants[random.nextInt(variants.length)];
    }

    LocalDate birthDate() {
        return LocalDate.of(1955 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    String phone() {
        return random.nextInt(4) == 0 ? null : String.format("+2126%08d", random.nextInt(100_000_000));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
