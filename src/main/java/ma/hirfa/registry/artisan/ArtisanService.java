package ma.hirfa.registry.artisan;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.NotFoundException;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.Role;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and reading artisan records, always within the user's region. */
@Service
class ArtisanService {

    static final int PAGE_SIZE = 25;
    private static final String ENTITY = "Artisan";

    private final ArtisanRepository artisans;
    private final ReferenceData reference;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    ArtisanService(
            ArtisanRepository artisans, ReferenceData reference, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.artisans = artisans;
        this.reference = reference;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<Artisan> list(int page) {
        RegionScope scope = users.current().scope();
        PageRequest request =
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("id").descending());
        return switch (scope.kind()) {
            case NATIONAL -> artisans.findAll(request);
            case REGION -> artisans.findByRegionCode(scope.regionCode(), request);
            case OWN_FILE, NOTHING -> Page.empty(request);
        };
    }

    @Transactional(readOnly = true)
    Artisan get(long id) {
        RegionScope scope = users.current().scope();
        return (switch (scope.kind()) {
                    case NATIONAL -> artisans.findById(id);
                    case REGION -> artisans.findByIdAndRegionCode(id, scope.regionCode());
                    case OWN_FILE -> artisans.findById(id).filter(a -> a.id().equals(scope.artisanId()));
                    case NOTHING -> java.util.Optional.<Artisan>empty();
                })
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    long create(ArtisanForm form) {
        checkMayWrite();
        ArtisanDetails details = normalise(form);
        String region = checkRules(details, null);
        Artisan saved = artisans.save(Artisan.draft(details, region, clock.instant()));
        audit.created(ENTITY, saved.id(), region, saved.details());
        return saved.id();
    }

    @Transactional
    void update(long id, ArtisanForm form) {
        checkMayWrite();
        Artisan current = get(id);
        ArtisanDetails details = normalise(form);
        String region = checkRules(details, id);
        Long expectedVersion = form.version() == null ? current.version() : form.version();
        Artisan saved = artisans.save(current.withDetails(details, region, clock.instant(), expectedVersion));
        audit.updated(ENTITY, id, region, current.details(), saved.details());
    }

    private void checkMayWrite() {
        CurrentUser user = users.current();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            throw new AccessDeniedException("read-only role");
        }
    }

    /** Checks what Bean Validation cannot and returns the record's region. */
    private String checkRules(ArtisanDetails d, Long id) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean arabic = d.firstNameAr() != null && d.lastNameAr() != null;
        boolean latin = d.firstNameLat() != null && d.lastNameLat() != null;
        if (!arabic && !latin) {
            problems.put("", "registry.artisan.name.required");
        }
        Province province = reference.province(d.provinceCode()).orElse(null);
        if (province == null) {
            problems.put("provinceCode", "registry.artisan.province.unknown");
        } else if (!users.current().scope().covers(province.regionCode())) {
            problems.put("provinceCode", "registry.artisan.province.outOfRegion");
        }
        if (d.communeCode() != null
                && reference
                        .commune(d.communeCode())
                        .filter(c -> c.provinceCode().equals(d.provinceCode()))
                        .isEmpty()) {
            problems.put("communeCode", "registry.artisan.commune.unknown");
        }
        if (d.craftCode() != null && reference.craft(d.craftCode()).isEmpty()) {
            problems.put("craftCode", "registry.artisan.craft.unknown");
        }
        if (d.phone() != null && !d.phone().matches("\\+212[5-7][0-9]{8}")) {
            problems.put("phone", "registry.artisan.phone.invalid");
        }
        boolean taken = id == null
                ? artisans.existsByNationalId(d.nationalId())
                : artisans.existsByNationalIdAndIdNot(d.nationalId(), id);
        if (taken) {
            problems.put("nationalId", "registry.artisan.nationalId.taken");
        }
        if (!problems.isEmpty()) {
            throw new InvalidArtisanException(problems);
        }
        return province.regionCode();
    }

    static ArtisanDetails normalise(ArtisanForm f) {
        return new ArtisanDetails(
                f.nationalId().replaceAll("\\s", "").toUpperCase(Locale.ROOT),
                name(f.firstNameAr()),
                name(f.lastNameAr()),
                name(f.firstNameLat()),
                name(f.lastNameLat()),
                f.sex(),
                f.birthDate(),
                phone(f.phone()),
                f.provinceCode().strip(),
                blankToNull(f.communeCode()),
                blankToNull(f.craftCode()));
    }

    private static String name(String raw) {
        String v = blankToNull(raw);
        return v == null ? null : v.replaceAll("\\s+", " ");
    }

    /** Moroccan numbers to E.164: 06…, 00212 6…, +212 6… all become +2126…. */
    static String phone(String raw) {
        String v = blankToNull(raw);
        if (v == null) {
            return null;
        }
        String digits = v.replaceAll("[^0-9+]", "");
        if (digits.startsWith("00212")) {
            return "+212" + digits.substring(5);
        }
        if (digits.startsWith("0") && digits.length() == 10) {
            return "+212" + digits.substring(1);
        }
        return digits;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
