package ma.hirfa.registry.artisan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.reference.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A few artisans of Drâa-Tafilalet and Fès-Meknès for the demo, written once into an empty register. */
@Component
@Order(10)
class ArtisanDemoData implements ApplicationRunner {

    private static final List<ArtisanDetails> ARTISANS = List.of(
            details(
                    "J123456",
                    "محمد",
                    "أوحدو",
                    "Mohamed",
                    "Ouahdou",
                    Sex.M,
                    "1978-03-12",
                    "+212661234567",
                    "401",
                    "08.401.01.07",
                    "P01"),
            details(
                    "JB98765",
                    "فاطمة",
                    "أيت باها",
                    "Fatima",
                    "Ait Baha",
                    Sex.F,
                    "1985-07-02",
                    "+212662345678",
                    "577",
                    "08.577.01.05",
                    "P08"),
            details(
                    "JC45012",
                    "الحسين",
                    "بلقاسم",
                    "Lahcen",
                    "Belkacem",
                    Sex.M,
                    "1969-11-23",
                    null,
                    "201",
                    "08.201.01.01",
                    "P02"),
            details(
                    "JA77001",
                    "عائشة",
                    "الإدريسي",
                    null,
                    null,
                    Sex.F,
                    "1990-01-15",
                    "+212670112233",
                    "587",
                    "08.587.01.13",
                    "P01"),
            details("JK30211", null, null, "Youssef", "Amzil", Sex.M, "1982-05-30", null, "363", "08.363.01.03", "P06"),
            details(
                    "JT11223",
                    "خديجة",
                    "أوبلا",
                    "Khadija",
                    "Oubella",
                    Sex.F,
                    "1975-09-09",
                    "+212655443322",
                    "577",
                    "08.577.01.11",
                    "P03"),
            details(
                    "C456789",
                    "عبد الله",
                    "العلوي",
                    "Abdellah",
                    "Alaoui",
                    Sex.M,
                    "1972-02-18",
                    "+212661998877",
                    "231",
                    null,
                    "P04"),
            details("CD33445", "نادية", "بناني", "Nadia", "Bennani", Sex.F, "1988-12-04", null, "061", null, "P07"));

    private final ArtisanRepository artisans;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean demo;

    ArtisanDemoData(
            ArtisanRepository artisans,
            ReferenceData reference,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${hirfa.demo}") boolean demo) {
        this.artisans = artisans;
        this.reference = reference;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (artisans.count() > 0) {
                return;
            }
            for (ArtisanDetails d : ARTISANS) {
                String region =
                        reference.province(d.provinceCode()).orElseThrow().regionCode();
                Artisan saved = artisans.save(Artisan.draft(d, region, clock.instant()));
                audit.created("Artisan", saved.id(), region, saved.details());
            }
        });
    }

    private static ArtisanDetails details(
            String nationalId,
            String firstAr,
            String lastAr,
            String firstLat,
            String lastLat,
            Sex sex,
            String birth,
            String phone,
            String province,
            String commune,
            String craft) {
        return new ArtisanDetails(
                nationalId,
                firstAr,
                lastAr,
                firstLat,
                lastLat,
                sex,
                LocalDate.parse(birth),
                phone,
                province,
                commune,
                craft);
    }
}
