package ma.hirfa.infrastructure.complex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of complexes and of their works. Each is cleaned on the way in ({@link PhotoMetadata}); a photo
 * without a date of its own is dated by the report it comes with (or today).
 */
@Service
public class Photos {

    private final PhotoRepository photos;
    private final Complexes complexes;
    private final JdbcClient jdbc;
    private final Acting acting;

    Photos(PhotoRepository photos, Complexes complexes, JdbcClient jdbc, Acting acting) {
        this.photos = photos;
        this.complexes = complexes;
        this.jdbc = jdbc;
        this.acting = acting;
    }

    /** Keeps a photo of the complex, or of one of its progress reports when {@code progressId} is given. */
    @Transactional
    public PhotoView add(long complexId, Long progressId, byte[] bytes, LocalDate dated) {
        CurrentUser user = complexes.mayWrite();
        ComplexSummary complex = complexes.find(complexId);
        PhotoMetadata.Cleaned cleaned = PhotoMetadata.clean(bytes);
        LocalDate takenOn = cleaned.takenOn() != null ? cleaned.takenOn() : dated != null ? dated : acting.today();
        Photo saved = photos.save(new Photo(
                null,
                complexId,
                progressId,
                takenOn,
                degrees(cleaned.latitude()),
                degrees(cleaned.longitude()),
                "image/jpeg",
                (long) cleaned.jpeg().length,
                cleaned.jpeg(),
                user.username(),
                acting.now()));
        acting.audit().created("InfraPhoto", saved.id(), complex.regionCode(), saved.view());
        return saved.view();
    }

    /** Every photo of the complex and of its works, oldest first. */
    @Transactional(readOnly = true)
    public List<PhotoView> of(long complexId) {
        complexes.find(complexId);
        return jdbc.sql("select id, complex_id, progress_id, taken_on, latitude, longitude from infra_photo"
                        + " where complex_id = ? order by taken_on, id")
                .param(complexId)
                .query(PhotoView.class)
                .list();
    }

    /** The cleaned JPEG, when the reader may see its complex. */
    @Transactional(readOnly = true)
    public byte[] content(long photoId) {
        Photo photo = photos.findById(photoId).orElseThrow(() -> Refusal.notFound("InfraPhoto", photoId));
        complexes.find(photo.complexId());
        return photo.content();
    }

    /** The photo as a data URI, for a PDF. */
    public String dataUri(long photoId) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(content(photoId));
    }

    private static BigDecimal degrees(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}
