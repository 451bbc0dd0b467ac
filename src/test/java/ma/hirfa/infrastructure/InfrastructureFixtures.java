package ma.hirfa.infrastructure;

import static ma.hirfa.infrastructure.InfrastructureApi.json;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Complexes and construction projects made through the API (so through the services, their rules and the audit
 * trail), for the tests of the infrastructure module.
 */
public final class InfrastructureFixtures {

    private InfrastructureFixtures() {}

    /** A complex of a province with the given status, created by {@code api}'s user; its id. */
    public static long complex(InfrastructureApi api, String province, String nameFr, String status) {
        return json(api.post("/complexes", """
                                {"nameAr":"مجمع %1$s","nameFr":"%1$s","nameZgh":"ⴰⵙⵎⵓⵏ %1$s","provinceCode":"%2$s",
                                 "latitude":31.5147,"longitude":-5.5328,"status":"%3$s","blocks":2,"floors":2,
                                 "facilities":"Salle d'exposition"}
                                """.formatted(nameFr, province, status)), 201)
                .get("id")
                .asLong();
    }

    /**
     * The Tinghir case: a project of 24,000,000 MAD begun three years ago and due in two months, with 17,000,000
     * secured (ministry 10 M under a convention, region 5 M, a partner 2 M) of which 12,000,000 paid: cost to
     * finish 12 M, secured not yet spent 5 M, so a funding gap of 7,000,000. The structure was reached 45 days
     * late and the finishing works, due a year ago, are still open: a slip of about 365 days. Four progress
     * reports, the last two with a geotagged phone photo.
     */
    public static long projectShortOfMoneyAndLate(InfrastructureApi api, long complex) {
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusYears(3);
        long project = json(
                        api.post("/complexes/" + complex + "/projects", """
                                {"titleAr":"تهيئة المجمع الحرفي","titleFr":"Aménagement du complexe",
                                 "titleZgh":"ⴰⵙⵡⴰⴷ ⵏ ⵓⵙⵎⵓⵏ","totalCost":24000000,"plannedStart":"%s",
                                 "plannedEnd":"%s","contractors":"Atlas BTP"}
                                """.formatted(start, today.plusMonths(2))), 201)
                .get("id")
                .asLong();
        long ministry = line(api, project, "MINISTRY", null, "CONV-MTA-2022-07", "10000000");
        long region = line(api, project, "REGION", null, null, "5000000");
        long partner = line(api, project, "PARTNER", "INDH Tinghir", "CONV-INDH-14", "2000000");
        pay(api, project, ministry, "7000000", start.plusMonths(8));
        pay(api, project, region, "3500000", start.plusMonths(20));
        pay(api, project, partner, "1500000", start.plusMonths(26));
        milestone(api, project, "Études", start.plusMonths(3), start.plusMonths(3), "2000000");
        milestone(
                api,
                project,
                "Gros œuvre",
                start.plusYears(1),
                start.plusYears(1).plusDays(45),
                "8000000");
        milestone(api, project, "Second œuvre", start.plusYears(2), null, "6000000");
        milestone(api, project, "Réseaux et voirie", start.plusYears(2).plusMonths(6), null, "4000000");
        milestone(api, project, "Équipement des ateliers", today.plusMonths(2), null, "4000000");
        int[] percents = {15, 35, 55, 62};
        LocalDate[] days = {start.plusMonths(6), start.plusYears(1), start.plusYears(2), today.minusDays(30)};
        for (int i = 0; i < percents.length; i++) {
            long report = json(api.post("/projects/" + project + "/progress", """
                                    {"reportedOn":"%s","percent":%d,"note":"Visite de chantier"}
                                    """.formatted(days[i], percents[i])), 201)
                    .get("id")
                    .asLong();
            if (i >= 2) {
                json(api.upload("/projects/" + project + "/progress/" + report + "/photos", phonePhoto()), 201);
            }
        }
        return project;
    }

    public static long line(
            InfrastructureApi api, long project, String source, String partner, String convention, String amount) {
        return json(
                        api.post("/projects/" + project + "/funding-lines", """
                                {"source":"%s","partnerName":%s,"conventionRef":%s,"amount":%s}
                                """.formatted(
                                        source, quoted(partner), quoted(convention), amount)),
                        201)
                .get("id")
                .asLong();
    }

    public static void pay(InfrastructureApi api, long project, long line, String amount, LocalDate on) {
        json(api.post("/projects/" + project + "/payments", """
                        {"fundingLineId":%d,"kind":"PAYMENT","amount":%s,"madeOn":"%s","reference":"OP"}
                        """.formatted(line, amount, on)), 201);
    }

    public static void milestone(
            InfrastructureApi api, long project, String name, LocalDate planned, LocalDate done, String cost) {
        json(
                api.post("/projects/" + project + "/milestones", """
                        {"nameAr":"مرحلة %1$s","nameFr":"%1$s","nameZgh":"ⵜⴰⵙⴽⵡⵉⵏⵜ","plannedOn":"%2$s",
                         "doneOn":%3$s,"cost":%4$s}
                        """.formatted(
                                name, planned, done == null ? "null" : "\"" + done + "\"", cost)),
                201);
    }

    /** A site photo as a phone writes it: make, model, serial number, owner, comment, GPS position and date. */
    public static byte[] phonePhoto() {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x9fc5e8));
        g.fillRect(0, 0, 800, 380);
        g.setColor(new Color(0xc9a27a));
        g.fillRect(0, 380, 800, 220);
        g.setColor(new Color(0x7a3b12));
        g.fillRect(120, 200, 420, 180);
        g.dispose();
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", plain);
            TiffOutputSet set = new TiffOutputSet();
            TiffOutputDirectory root = set.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_MAKE, "Samsung");
            root.add(TiffTagConstants.TIFF_TAG_MODEL, "Galaxy A54");
            root.add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, "Photo de Youssef");
            TiffOutputDirectory exif = set.getOrCreateExifDirectory();
            exif.add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "R58N123456");
            exif.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2026:03:14 10:30:00");
            set.setGpsInDegrees(-5.5328, 31.5147);
            ByteArrayOutputStream tagged = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, set);
            return tagged.toByteArray();
        } catch (ImagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
