package ma.hirfa.registry.document;

import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The artisan's photo for the card: the newest supporting document of kind PHOTO that is an image. */
@Component
public class ArtisanPhotos {

    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png");

    private final SupportingDocumentRepository documents;

    ArtisanPhotos(SupportingDocumentRepository documents) {
        this.documents = documents;
    }

    /** Whether the file holds a photo the card can print (what an approval checks). */
    public boolean has(long artisanId) {
        return documents.ofArtisan(artisanId).stream()
                .anyMatch(d -> d.kind() == SupportingDocumentKind.PHOTO && IMAGES.contains(d.contentType()));
    }

    public Optional<String> dataUri(long artisanId) {
        return documents.ofArtisan(artisanId).stream()
                .filter(d -> d.kind() == SupportingDocumentKind.PHOTO && IMAGES.contains(d.contentType()))
                .findFirst()
                .flatMap(d -> documents.file(artisanId, d.id()))
                .map(f -> "data:" + f.contentType() + ";base64,"
                        + Base64.getEncoder().encodeToString(f.content()));
    }
}
