package ma.hirfa.infrastructure.project;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import ma.hirfa.infrastructure.complex.ComplexRequest;
import ma.hirfa.infrastructure.complex.ComplexStatus;
import ma.hirfa.infrastructure.complex.Complexes;
import ma.hirfa.platform.DemoStep;
import ma.hirfa.platform.DemoWriter;
import ma.hirfa.platform.Role;
import ma.hirfa.registry.artisan.ArtisanProfile;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.springframework.stereotype.Component;

/**
 * The complexes of Drâa-Tafilalet the chamber takes to the ministry: Ouarzazate in operation (its units come
 * with the units feature's own step), Tinghir and Kalaat M'Gouna under construction, each with a project short
 * of money and late, with milestones, payments, progress reports and geotagged site photos; all through the
 * real services (rules, audit trail, photo cleaning).
 */
@Component
class InfrastructureDemoData implements DemoStep {

    private final Complexes complexes;
    private final Projects projects;
    private final DemoWriter demo;
    private final RegisteredArtisans artisans;

    InfrastructureDemoData(Complexes complexes, Projects projects, DemoWriter demo, RegisteredArtisans artisans) {
        this.complexes = complexes;
        this.artisans = artisans;
        this.projects = projects;
        this.demo = demo;
    }

    @Override
    public String name() {
        return "infrastructure";
    }

    @Override
    public void seed() {
        if (demo.holdsRows("infra_complex")) {
            return;
        }
        demo.as("demo.manager", Role.CHAMBER_MANAGER, "08", () -> demo.inTransaction(this::play));
    }

    /**
     * A few crafts for Ouarzazate: those of the province's newest registered demo artisans. The units step leases
     * to the oldest files first, so these are the ones without a lease who apply to the demo call.
     */
    private List<String> ouarzazateCrafts() {
        List<ArtisanSummary> registered = artisans.registeredIn("401");
        return registered.subList(Math.max(0, registered.size() - 6), registered.size()).stream()
                .map(a -> artisans.profile(a.id()))
                .flatMap(Optional::stream)
                .map(ArtisanProfile::craftCode)
                .distinct()
                .sorted()
                .toList();
    }

    private void play() {
        complexes.create(new ComplexRequest(
                "المجمع الحرفي ورزازات",
                "Complexe artisanal de Ouarzazate",
                "ⴰⵙⵎⵓⵏ ⵏ ⵜⵥⵓⵔⵉ ⵏ ⵡⴰⵔⵣⴰⵣⴰⵜ",
                "401",
                "08.401.01.07",
                "Avenue Mohammed V, Ouarzazate",
                new BigDecimal("30.933500"),
                new BigDecimal("-6.937000"),
                ComplexStatus.IN_OPERATION,
                3,
                2,
                "Salle d'exposition, atelier de teinture partagé, parking, sanitaires",
                ouarzazateCrafts()));
        LocalDate today = demo.today();
        long tinghir = complexes.create(new ComplexRequest(
                "المجمع الحرفي تنغير",
                "Complexe artisanal de Tinghir",
                "ⴰⵙⵎⵓⵏ ⵏ ⵜⵥⵓⵔⵉ ⵏ ⵜⵉⵏⵖⵉⵔ",
                "577",
                "08.577.01.11",
                "Route d'Errachidia, Tinghir",
                new BigDecimal("31.514700"),
                new BigDecimal("-5.532800"),
                ComplexStatus.UNDER_CONSTRUCTION,
                2,
                2,
                "Salle d'exposition, espace de formation",
                List.of()));
        project(
                tinghir,
                "24000000",
                today,
                new String[][] {
                    {"MINISTRY", null, "CONV-MTA-2022-07", "10000000", "7000000"},
                    {"REGION", null, "CONV-RDT-2022-03", "5000000", "3500000"},
                    {"CHAMBER", null, null, "2000000", "1500000"}
                },
                new String[] {
                    "تهيئة المجمع الحرفي تنغير",
                    "Aménagement du complexe artisanal de Tinghir",
                    "ⴰⵙⵡⴰⴷ ⵏ ⵓⵙⵎⵓⵏ ⵏ ⵜⵉⵏⵖⵉⵔ"
                },
                31.5147,
                -5.5328);
        long mgouna = complexes.create(new ComplexRequest(
                "المجمع الحرفي قلعة مكونة",
                "Complexe artisanal de Kalaat M'Gouna",
                "ⴰⵙⵎⵓⵏ ⵏ ⵜⵥⵓⵔⵉ ⵏ ⵇⵍⵄⴰⵜ ⵎⴳⵓⵏⴰ",
                "577",
                "08.577.01.05",
                "Centre, Kalaat M'Gouna",
                new BigDecimal("31.242000"),
                new BigDecimal("-6.128000"),
                ComplexStatus.UNDER_CONSTRUCTION,
                2,
                1,
                "Espace de distillation de l'eau de rose, salle d'exposition",
                List.of()));
        project(
                mgouna,
                "18000000",
                today,
                new String[][] {
                    {"MINISTRY", null, "CONV-MTA-2022-11", "6000000", "4500000"},
                    {"PARTNER", "INDH Tinghir", "CONV-INDH-2022-14", "3000000", "2000000"},
                    {"CHAMBER", null, null, "2000000", "500000"}
                },
                new String[] {
                    "بناء المجمع الحرفي قلعة مكونة",
                    "Construction du complexe artisanal de Kalaat M'Gouna",
                    "ⴰⵙⴽⴽⵉⵔ ⵏ ⵓⵙⵎⵓⵏ ⵏ ⵇⵍⵄⴰⵜ ⵎⴳⵓⵏⴰ"
                },
                31.2420,
                -6.1280);
    }

    /**
     * A project started three years ago for three years and two months: the structure was finished late, the
     * finishing works are a year behind, and the money secured does not reach the end.
     */
    private void project(
            long complex, String cost, LocalDate today, String[][] funding, String[] title, double lat, double lon) {
        LocalDate start = today.minusYears(3);
        BigDecimal total = new BigDecimal(cost);
        long id = projects.create(
                complex,
                new ProjectRequest(
                        title[0],
                        title[1],
                        title[2],
                        total,
                        start,
                        today.plusMonths(2),
                        "Société Atlas BTP (gros œuvre) ; Draa Équipement (second œuvre)"));
        for (String[] line : funding) {
            long lineId = projects.addFundingLine(
                    id,
                    new FundingLineRequest(FundingSource.valueOf(line[0]), line[1], line[2], new BigDecimal(line[3])));
            BigDecimal paid = new BigDecimal(line[4]);
            projects.addDisbursement(
                    id,
                    new DisbursementRequest(
                            lineId, DisbursementKind.COMMITMENT, new BigDecimal(line[3]), start.plusMonths(2), null));
            projects.addDisbursement(
                    id,
                    new DisbursementRequest(
                            lineId,
                            DisbursementKind.PAYMENT,
                            paid.divide(BigDecimal.valueOf(2)),
                            start.plusMonths(8),
                            "OP-1"));
            projects.addDisbursement(
                    id,
                    new DisbursementRequest(
                            lineId,
                            DisbursementKind.PAYMENT,
                            paid.divide(BigDecimal.valueOf(2)),
                            start.plusMonths(26),
                            "OP-2"));
        }
        BigDecimal part = total.divide(BigDecimal.valueOf(12));
        milestone(
                id,
                "الدراسات والحفر",
                "Études et terrassement",
                "ⵉⵙⵏⵓⵔⴰⵢⵏ",
                start.plusMonths(3),
                start.plusMonths(3).plusDays(10),
                part.multiply(BigDecimal.ONE));
        milestone(
                id,
                "الأشغال الكبرى",
                "Gros œuvre",
                "ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵜⵉⵎⵇⵇⵔⴰⵏⵉⵏ",
                start.plusYears(1),
                start.plusYears(1).plusDays(45),
                part.multiply(BigDecimal.valueOf(4)));
        milestone(
                id,
                "الأشغال الثانوية",
                "Second œuvre",
                "ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵜⵉⵏⴰⵎⵓⵏ",
                start.plusYears(2),
                null,
                part.multiply(BigDecimal.valueOf(3)));
        milestone(
                id,
                "الشبكات والطرق",
                "Réseaux et voirie",
                "ⵉⵥⴹⴰⵏ ⴷ ⵉⴱⵔⴷⴰⵏ",
                start.plusYears(2).plusMonths(6),
                null,
                part.multiply(BigDecimal.valueOf(2)));
        milestone(
                id,
                "تجهيز الورشات",
                "Équipement des ateliers",
                "ⴰⵙⵙⵉⴷⵏ ⵏ ⵜⵡⵔⵛⴰⵜ",
                today.plusMonths(2),
                null,
                part.multiply(BigDecimal.valueOf(2)));
        int[] percents = {15, 35, 55, 62};
        LocalDate[] days = {start.plusMonths(6), start.plusYears(1), start.plusYears(2), today.minusDays(30)};
        for (int i = 0; i < percents.length; i++) {
            long report = projects.addProgress(id, new ProgressRequest(days[i], percents[i], null));
            if (i >= percents.length - 2) {
                projects.addPhoto(id, report, sitePhoto(days[i], lat, lon, percents[i]));
            }
        }
    }

    private void milestone(
            long project, String ar, String fr, String zgh, LocalDate planned, LocalDate done, BigDecimal cost) {
        projects.addMilestone(project, new MilestoneRequest(ar, fr, zgh, planned, done, cost));
    }

    /** A drawn site photo carrying, like a phone's, a camera model and a serial number next to its position. */
    static byte[] sitePhoto(LocalDate day, double lat, double lon, int percent) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x9fc5e8));
        g.fillRect(0, 0, 640, 300);
        g.setColor(new Color(0xc9a27a));
        g.fillRect(0, 300, 640, 180);
        g.setColor(new Color(0x7a3b12));
        int built = 100 + 4 * percent;
        g.fillRect(80, 300 - built / 2, built, built / 2);
        g.dispose();
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", plain);
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(lon, lat);
            exif.getOrCreateExifDirectory()
                    .add(
                            ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL,
                            DateTimeFormatter.ofPattern("yyyy:MM:dd").format(day) + " 10:30:00");
            ByteArrayOutputStream tagged = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
            return tagged.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
