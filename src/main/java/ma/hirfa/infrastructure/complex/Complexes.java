package ma.hirfa.infrastructure.complex;

import java.math.BigDecimal;
import java.util.List;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.platform.list.ListPage;
import ma.hirfa.platform.list.PageSpec;
import ma.hirfa.platform.list.Sort;
import ma.hirfa.reference.Commune;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complexes of the chambers: created and changed by the staff of their region (or an admin), read by every
 * staff role within its scope, the ministry nationally. A complex outside the reader's scope does not exist for
 * them (404).
 */
@Service
public class Complexes {

    /** Morocco from Lagouira to Tangier and from the Atlantic to Figuig, with a little room at each edge. */
    static final BigDecimal MIN_LATITUDE = new BigDecimal("20.5");

    static final BigDecimal MAX_LATITUDE = new BigDecimal("36.0");
    static final BigDecimal MIN_LONGITUDE = new BigDecimal("-17.5");
    static final BigDecimal MAX_LONGITUDE = new BigDecimal("-0.9");

    private final ComplexRepository complexes;
    private final ComplexListing listing;
    private final ReferenceData reference;
    private final Acting acting;

    Complexes(ComplexRepository complexes, ComplexListing listing, ReferenceData reference, Acting acting) {
        this.complexes = complexes;
        this.listing = listing;
        this.reference = reference;
        this.acting = acting;
    }

    /** Creates a complex in the user's region; returns its id. */
    @Transactional
    public long create(ComplexRequest request) {
        CurrentUser user = mayWrite();
        String region = checkRules(request);
        if (!user.scope().covers(region)) {
            throw Refusal.invalidField("provinceCode", "infrastructure.complex.otherRegion");
        }
        Complex saved =
                complexes.save(Complex.newBy(user.username(), acting.now()).with(region, request));
        acting.audit().created("InfraComplex", saved.id(), region, saved.summary());
        return saved.id();
    }

    @Transactional
    public void update(long id, ComplexRequest request) {
        CurrentUser user = mayWrite();
        Complex before = scoped(id);
        String region = checkRules(request);
        if (!user.scope().covers(region)) {
            throw Refusal.invalidField("provinceCode", "infrastructure.complex.otherRegion");
        }
        Complex after = complexes.save(before.with(region, request));
        acting.audit().updated("InfraComplex", id, region, before.summary(), after.summary());
    }

    /** The complex if the user may see it; 404 otherwise, whether it exists elsewhere or not at all. */
    @Transactional(readOnly = true)
    public ComplexSummary find(long id) {
        return scoped(id).summary();
    }

    /** A page of the reader's complexes, of one status or among {@code only} when given. */
    @Transactional(readOnly = true)
    ListPage<ComplexRow> page(ComplexStatus status, java.util.Set<Long> only, Sort sort, PageSpec spec) {
        return listing.page(acting.user().scope(), status, only, sort, spec);
    }

    /**
     * The crafts a complex is meant for (none = every craft), for a call's eligibility whoever applies: an artisan
     * applying from their own account may not read the complex itself.
     */
    @Transactional(readOnly = true)
    public List<String> craftsOf(long id) {
        return complexes.findById(id).map(Complex::craftCodes).orElse(List.of());
    }

    @Transactional(readOnly = true)
    ComplexRow.Units units(long id) {
        scoped(id);
        return listing.units(id);
    }

    /**
     * The rules beyond the form's annotations: a known province and a commune of it, a position inside Morocco
     * given as both coordinates or neither, crafts of the active nomenclature. Returns the province's region.
     */
    String checkRules(ComplexRequest request) {
        Refusal refusal = Refusal.invalid();
        Province province = request.provinceCode() == null
                ? null
                : reference.province(request.provinceCode()).orElse(null);
        if (province == null) {
            refusal.field("provinceCode", "infrastructure.complex.unknownProvince");
        }
        if (request.communeCode() != null && !request.communeCode().isBlank()) {
            Commune commune = reference.commune(request.communeCode()).orElse(null);
            if (commune == null || !commune.provinceCode().equals(request.provinceCode())) {
                refusal.field("communeCode", "infrastructure.complex.unknownCommune");
            }
        }
        if ((request.latitude() == null) != (request.longitude() == null)) {
            refusal.field(
                    request.latitude() == null ? "latitude" : "longitude", "infrastructure.complex.bothCoordinates");
        }
        if (request.latitude() != null && outside(request.latitude(), MIN_LATITUDE, MAX_LATITUDE)) {
            refusal.field("latitude", "infrastructure.complex.latitudeOutside", MIN_LATITUDE, MAX_LATITUDE);
        }
        if (request.longitude() != null && outside(request.longitude(), MIN_LONGITUDE, MAX_LONGITUDE)) {
            refusal.field("longitude", "infrastructure.complex.longitudeOutside", MIN_LONGITUDE, MAX_LONGITUDE);
        }
        request.crafts().stream()
                .filter(code -> reference.craft(code).isEmpty())
                .findFirst()
                .ifPresent(code -> refusal.field("crafts", "infrastructure.complex.unknownCraft", code));
        refusal.throwIfAny();
        return province.regionCode();
    }

    /**
     * The user if they may change complexes and their projects: the chamber's staff, field agents included (they
     * make the site visits), and admins; the ministry reads only, and its pages show no action.
     */
    public CurrentUser mayWrite() {
        CurrentUser user = acting.user();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            throw Refusal.forbidden("infrastructure.complex.readOnly");
        }
        return user;
    }

    private Complex scoped(long id) {
        CurrentUser user = acting.user();
        return complexes
                .findById(id)
                .filter(c -> isStaff(user) && user.scope().covers(c.regionCode()))
                .orElseThrow(() -> Refusal.notFound("InfraComplex", id));
    }

    static boolean isStaff(CurrentUser user) {
        return user.hasRole(Role.ADMIN, Role.MINISTRY, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT);
    }

    private static boolean outside(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.compareTo(min) < 0 || value.compareTo(max) > 0;
    }
}
