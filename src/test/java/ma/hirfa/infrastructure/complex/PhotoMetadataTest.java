package ma.hirfa.infrastructure.complex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import ma.hirfa.platform.Refusal;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;

class PhotoMetadataTest {

    @Test
    void keepsOnlyThePositionAndTheDateOfASitePhoto() throws Exception {
        byte[] phone = phonePhoto(640, 480, 1);
        assertThat(new String(phone, StandardCharsets.ISO_8859_1)).contains("Canon", "EOS 5D", "SN-0042-XYZ", "Ahmed");

        PhotoMetadata.Cleaned cleaned = PhotoMetadata.clean(phone);

        assertThat(cleaned.latitude()).isCloseTo(31.5147, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(cleaned.longitude()).isCloseTo(-5.5328, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(cleaned.takenAt()).isEqualTo(LocalDateTime.of(2026, 3, 14, 10, 30));
        String bytes = new String(cleaned.jpeg(), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("Canon", "EOS 5D", "SN-0042-XYZ", "Ahmed", "Chantier", "Photoshop");

        TiffImageMetadata exif = PhotoMetadata.exif(cleaned.jpeg());
        List<String> left = exif.getAllFields().stream()
                .map(TiffField::getTagName)
                .distinct()
                .toList();
        assertThat(left)
                .as("only the GPS position (with its pointer and version) and the date are left")
                .allMatch(
                        name -> name.startsWith("GPS") || name.equals("DateTimeOriginal") || name.equals("ExifOffset"))
                .contains("GPSLatitude", "GPSLongitude", "DateTimeOriginal");
        assertThat(ImageIO.read(new ByteArrayInputStream(cleaned.jpeg())).getWidth())
                .isEqualTo(640);
    }

    @Test
    void turnsThePixelsAsTheDroppedOrientationTagSaid() throws Exception {
        PhotoMetadata.Cleaned cleaned = PhotoMetadata.clean(phonePhoto(640, 480, 6));

        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(cleaned.jpeg()));
        assertThat(upright.getWidth()).isEqualTo(480);
        assertThat(upright.getHeight()).isEqualTo(640);
    }

    @Test
    void aPhotoWithoutMetadataStaysWithoutAny() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture(200, 100), "png", png);

        PhotoMetadata.Cleaned cleaned = PhotoMetadata.clean(png.toByteArray());

        assertThat(cleaned.latitude()).isNull();
        assertThat(cleaned.takenAt()).isNull();
        assertThat(PhotoMetadata.exif(cleaned.jpeg())).isNull();
    }

    @Test
    void refusesWhatIsNotAPhoto() {
        assertThatThrownBy(() -> PhotoMetadata.clean("%PDF-1.4 not a photo".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        r -> assertThat(r.problems().get(0).key()).isEqualTo("infrastructure.photo.notAnImage"));
        assertThatThrownBy(() -> PhotoMetadata.clean(new byte[0])).isInstanceOf(Refusal.class);
    }

    /** A photo as a phone or camera writes it: make, model, serial, owner, comment, software, GPS and date. */
    static byte[] phonePhoto(int width, int height, int orientation) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "jpeg", plain);
        TiffOutputSet set = new TiffOutputSet();
        TiffOutputDirectory root = set.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_MAKE, "Canon");
        root.add(TiffTagConstants.TIFF_TAG_MODEL, "EOS 5D");
        root.add(TiffTagConstants.TIFF_TAG_SOFTWARE, "Photoshop");
        root.add(TiffTagConstants.TIFF_TAG_ARTIST, "Ahmed");
        root.add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, "Chantier de Tinghir");
        root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        TiffOutputDirectory exif = set.getOrCreateExifDirectory();
        exif.add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "SN-0042-XYZ");
        exif.add(ExifTagConstants.EXIF_TAG_CAMERA_OWNER_NAME, "Ahmed");
        exif.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2026:03:14 10:30:00");
        set.setGpsInDegrees(-5.5328, 31.5147);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, set);
        return tagged.toByteArray();
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xc9a27a));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x7a3b12));
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }
}
