package ma.hirfa.registry.artisan;

import java.util.List;
import java.util.Set;
import ma.hirfa.registry.document.ArtisanPhotos;
import ma.hirfa.registry.document.SupportingDocuments;
import ma.hirfa.registry.privacy.ConsentPurpose;
import ma.hirfa.registry.privacy.Consents;
import org.springframework.stereotype.Component;

/**
 * What a reviewer checks before approving a registration (ADR 0036): a copy of the national id card, the proof of
 * the qualification the file claims (a diploma, or an attestation of practice for a qualification by experience),
 * a photo for the card, and the artisan's consent to being registered. The page shows it next to the approve
 * button; an approval with an item missing is refused unless the reviewer overrides it with a reason.
 */
@Component
class ApprovalChecklist {

    record Item(String key, boolean done) {}

    private final SupportingDocuments documents;
    private final ArtisanPhotos photos;
    private final Consents consents;

    ApprovalChecklist(SupportingDocuments documents, ArtisanPhotos photos, Consents consents) {
        this.documents = documents;
        this.photos = photos;
        this.consents = consents;
    }

    List<Item> of(Artisan file) {
        Set<String> kinds = documents.kindsOf(file.id());
        boolean diploma = file.details().qualificationBasis() == QualificationBasis.DIPLOMA;
        var consent = consents.of(file.id()).get(ConsentPurpose.REGISTRATION);
        return List.of(
                new Item("registry.approval.item.nationalIdCopy", kinds.contains("NATIONAL_ID_COPY")),
                diploma
                        ? new Item("registry.approval.item.diploma", kinds.contains("DIPLOMA"))
                        : new Item("registry.approval.item.practice", kinds.contains("PRACTICE_CERTIFICATE")),
                new Item("registry.approval.item.photo", photos.has(file.id())),
                new Item("registry.approval.item.consent", consent != null && consent.granted()));
    }

    List<String> missing(Artisan file) {
        return of(file).stream().filter(i -> !i.done()).map(Item::key).toList();
    }
}
