package ma.hirfa.infrastructure.complex;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A kept photo without its bytes: where and when it was taken, as its cleaned EXIF still says. */
public record PhotoView(
        long id, long complexId, Long progressId, LocalDate takenOn, BigDecimal latitude, BigDecimal longitude) {

    public String url() {
        return "/infrastructure/photos/" + id;
    }
}
