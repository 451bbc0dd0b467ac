package ma.hirfa.infrastructure.complex;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import ma.hirfa.platform.Refusal;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.TiffField;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * A site photo made safe to keep and to print: the pixels are decoded and encoded again as a new JPEG, which
 * drops every EXIF, XMP, IPTC, ICC and comment segment (camera make, model, serial number, owner, software...),
 * then a fresh EXIF block is written with only the GPS position and the date it was taken (ADR 0047). The
 * orientation the camera recorded is applied to the pixels, since its tag goes too.
 */
final class PhotoMetadata {

    /** Under the 6 MB request limit of every upload but imports (UploadLimits). */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Beyond this a decoded photo would take hundreds of megabytes of memory; phones take at most ~50 MP. */
    static final long MAX_PIXELS = 60_000_000L;

    private static final DateTimeFormatter EXIF_DATE = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private PhotoMetadata() {}

    /** What is kept of a photo: its new bytes (JPEG) and the position and date they still carry. */
    record Cleaned(byte[] jpeg, Double latitude, Double longitude, LocalDateTime takenAt) {

        LocalDate takenOn() {
            return takenAt == null ? null : takenAt.toLocalDate();
        }
    }

    static Cleaned clean(byte[] photo) {
        if (photo == null || photo.length == 0) {
            throw Refusal.invalidField("photo", "infrastructure.photo.missing");
        }
        if (photo.length > MAX_BYTES) {
            throw Refusal.tooLarge("infrastructure.photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        BufferedImage pixels = oriented(decode(photo), orientation(photo));
        Double latitude = null;
        Double longitude = null;
        LocalDateTime takenAt = null;
        TiffImageMetadata exif = exif(photo);
        if (exif != null) {
            try {
                TiffImageMetadata.GpsInfo gps = exif.getGpsInfo();
                if (gps != null) {
                    latitude = gps.getLatitudeAsDegreesNorth();
                    longitude = gps.getLongitudeAsDegreesEast();
                }
            } catch (ImagingException | RuntimeException unreadable) {
                // a broken GPS block is dropped like the rest
            }
            takenAt = date(exif);
        }
        try {
            TiffOutputSet kept = new TiffOutputSet();
            if (latitude != null && longitude != null) {
                kept.setGpsInDegrees(longitude, latitude);
            }
            if (takenAt != null) {
                kept.getOrCreateExifDirectory()
                        .add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, EXIF_DATE.format(takenAt));
            }
            byte[] jpeg = encode(pixels);
            if (kept.isEmpty()) {
                return new Cleaned(jpeg, null, null, null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 1024);
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, kept);
            return new Cleaned(out.toByteArray(), latitude, longitude, takenAt);
        } catch (IOException e) {
            throw new IllegalStateException("A decoded photo could not be written again", e);
        }
    }

    /** The photo's own EXIF (JPEG only: a PNG or WebP from a phone carries none worth keeping), or null. */
    static TiffImageMetadata exif(byte[] photo) {
        try {
            ImageMetadata metadata = Imaging.getMetadata(photo);
            return metadata instanceof JpegImageMetadata jpeg ? jpeg.getExif() : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static LocalDateTime date(TiffImageMetadata exif) {
        for (var tag : new org.apache.commons.imaging.formats.tiff.taginfos.TagInfo[] {
            ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, TiffTagConstants.TIFF_TAG_DATE_TIME
        }) {
            try {
                TiffField field = exif.findField(tag, true);
                if (field != null) {
                    return LocalDateTime.parse(field.getStringValue().strip(), EXIF_DATE);
                }
            } catch (ImagingException | RuntimeException unreadable) {
                // try the next date, or keep none
            }
        }
        return null;
    }

    private static int orientation(byte[] photo) {
        TiffImageMetadata exif = exif(photo);
        try {
            TiffField field = exif == null ? null : exif.findField(TiffTagConstants.TIFF_TAG_ORIENTATION, true);
            return field == null ? 1 : field.getIntValue();
        } catch (ImagingException | RuntimeException unreadable) {
            return 1;
        }
    }

    private static BufferedImage decode(byte[] photo) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw Refusal.invalidField("photo", "infrastructure.photo.notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw Refusal.invalidField("photo", "infrastructure.photo.tooManyPixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal refusal) {
                throw refusal;
            }
            throw Refusal.invalidField("photo", "infrastructure.photo.notAnImage");
        }
    }

    /** Turns the pixels as the camera's orientation tag said (1 upright, 3 upside down, 6 and 8 on a side). */
    private static BufferedImage oriented(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean side = orientation == 6 || orientation == 8;
        BufferedImage rgb = new BufferedImage(side ? h : w, side ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            AffineTransform turn = switch (orientation) {
                case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
                case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
                case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
                default -> new AffineTransform();
            };
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
