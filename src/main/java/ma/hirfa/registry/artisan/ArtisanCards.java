package ma.hirfa.registry.artisan;

import ma.hirfa.registry.card.CardDocuments;
import ma.hirfa.registry.document.ArtisanPhotos;
import org.springframework.stereotype.Component;

/** The professional card of a file the user may see, as a PDF with the artisan's photo: for the page and the API. */
@Component
class ArtisanCards {

    /** The card's PDF; the registration number names the download. */
    record CardPdf(String registrationNumber, byte[] content) {}

    private final ArtisanService files;
    private final CardDocuments documents;
    private final ArtisanPhotos photos;

    ArtisanCards(ArtisanService files, CardDocuments documents, ArtisanPhotos photos) {
        this.files = files;
        this.documents = documents;
        this.photos = photos;
    }

    /** 404 for a file of another region, as for the file itself. */
    CardPdf pdf(long artisanId) {
        Artisan file = files.get(artisanId);
        byte[] content = documents.pdf(file.id(), photos.dataUri(file.id()).orElse(null));
        return new CardPdf(file.registrationNumber(), content);
    }
}
