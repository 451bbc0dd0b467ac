package ma.hirfa.infrastructure.complex;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A photo of a complex, or of a progress report of one of its projects ({@code progressId}). */
@Table("infra_photo")
record Photo(
        @Id Long id,
        Long complexId,
        Long progressId,
        LocalDate takenOn,
        BigDecimal latitude,
        BigDecimal longitude,
        String contentType,
        Long sizeBytes,
        byte[] content,
        String uploadedBy,
        Instant uploadedAt) {

    PhotoView view() {
        return new PhotoView(id, complexId, progressId, takenOn, latitude, longitude);
    }
}
