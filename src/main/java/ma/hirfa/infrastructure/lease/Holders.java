package ma.hirfa.infrastructure.lease;

import java.util.Optional;
import ma.hirfa.platform.Refusal;
import ma.hirfa.registry.artisan.ArtisanStatus;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import ma.hirfa.registry.organisation.OrganisationSummary;
import ma.hirfa.registry.organisation.RegisteredOrganisations;
import org.springframework.stereotype.Component;

/**
 * Who may hold a lease of a complex: an artisan or a cooperative/enterprise of the register, registered (not
 * pending, suspended or struck off), of the complex's region. Unknown (or outside the user's region) answers 400
 * on the field; known but not eligible answers 409 with the reason.
 */
@Component
class Holders {

    private final RegisteredArtisans artisans;
    private final RegisteredOrganisations organisations;

    Holders(RegisteredArtisans artisans, RegisteredOrganisations organisations) {
        this.artisans = artisans;
        this.organisations = organisations;
    }

    /** The eligible holder, or the refusal that says why not. */
    Holder eligible(HolderKind kind, long id, String complexRegion) {
        Refusal problem = problem(kind, id, complexRegion);
        if (problem != null) {
            throw problem;
        }
        return find(kind, id).orElseThrow();
    }

    /** Why this holder may not lease in the region, or null when it may. */
    Refusal problem(HolderKind kind, long id, String complexRegion) {
        String field = kind == HolderKind.ARTISAN ? "artisanId" : "organisationId";
        if (kind == HolderKind.ARTISAN) {
            Optional<ArtisanSummary> found = artisans.find(id);
            if (found.isEmpty()) {
                return Refusal.invalidField(field, "infrastructure.lease.holder.unknown");
            }
            ArtisanSummary a = found.get();
            if (!a.registered()) {
                String key = a.status() == ArtisanStatus.SUSPENDED
                        ? "infrastructure.lease.holder.suspended"
                        : a.status() == ArtisanStatus.STRUCK_OFF
                                ? "infrastructure.lease.holder.struckOff"
                                : "infrastructure.lease.holder.notRegistered";
                return conflict(field, key, a.displayName());
            }
            return a.regionCode().equals(complexRegion)
                    ? null
                    : conflict(field, "infrastructure.lease.holder.otherRegion", a.displayName());
        }
        Optional<OrganisationSummary> found = organisations.find(id);
        if (found.isEmpty()) {
            return Refusal.invalidField(field, "infrastructure.lease.holder.unknown");
        }
        OrganisationSummary o = found.get();
        if (!o.registered()) {
            return conflict(field, "infrastructure.lease.holder.notRegistered", o.nameFr());
        }
        return o.regionCode().equals(complexRegion)
                ? null
                : conflict(field, "infrastructure.lease.holder.otherRegion", o.nameFr());
    }

    /** An artisan the user may see, by national id or registration number. */
    Optional<Long> artisanByReference(String reference) {
        return artisans.findByReference(reference).map(ArtisanSummary::id);
    }

    Optional<Holder> find(HolderKind kind, long id) {
        if (kind == HolderKind.ARTISAN) {
            return artisans.find(id).map(a -> new Holder(kind, id, a.regionCode(), a.displayName()));
        }
        return organisations.find(id).map(o -> new Holder(kind, id, o.regionCode(), o.nameAr() + " — " + o.nameFr()));
    }

    private static Refusal conflict(String field, String key, String name) {
        return Refusal.conflict(key, name).field(field, key, name);
    }
}
