package ma.hirfa.registry.artisan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.hirfa.platform.NationalId;
import ma.hirfa.platform.PhoneNumber;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The rules of a registration that Bean Validation cannot check alone: reference codes, the user's region,
 * plausible dates, years of practice for the category, one active registration per person.
 */
@Component
public class ArtisanRules {

    public static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private final ReferenceData reference;
    private final ArtisanRepository artisans;
    private final RegistryRules rules;
    private final Clock clock;

    ArtisanRules(ReferenceData reference, ArtisanRepository artisans, RegistryRules rules, Clock clock) {
        this.reference = reference;
        this.artisans = artisans;
        this.rules = rules;
        this.clock = clock;
    }

    /** Checks the details for a file (new when {@code id} is null) and returns the file's region. */
    public String check(ArtisanDetails d, Long id, RegionScope scope) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!(d.firstNameAr() != null && d.lastNameAr() != null)
                && !(d.firstNameLat() != null && d.lastNameLat() != null)) {
            problems.put("artisan", "registry.artisan.name.required");
        }
        Province province = reference.province(d.provinceCode()).orElse(null);
        if (province == null) {
            problems.put("provinceCode", "registry.artisan.province.unknown");
        } else if (!scope.covers(province.regionCode())) {
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
        if (d.otherCraftCodes().stream().anyMatch(code -> reference.craft(code).isEmpty())) {
            problems.put("otherCrafts", "registry.artisan.craft.unknown");
        }
        if (d.phone() != null && !PhoneNumber.isE164(d.phone())) {
            problems.put("phone", "registry.artisan.phone.invalid");
        }
        checkAgeAndExperience(d, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid().fields(problems);
        }
        checkNoOtherActiveFile(d.nationalId(), id);
        return province.regionCode();
    }

    /**
     * One active registration per person: refused (409 on the national id, naming the other file) when another
     * file than {@code id} holds this national id and is active. Also asked by the transitions that make a file
     * active again (reinstatement, a merge undone); the database's index (V87) stops writers that pass at once.
     */
    public void checkNoOtherActiveFile(String nationalId, Long id) {
        List<Long> active = artisans.activeWithNationalId(nationalId);
        active.stream().filter(other -> !other.equals(id)).findFirst().ifPresent(other -> {
            String existing = "/api/v1/registry/artisans/" + other;
            throw Refusal.conflict(OneActiveFile.TAKEN)
                    .field("nationalId", OneActiveFile.TAKEN)
                    .with("existing", existing)
                    .location(existing)
                    .show("existingId", other);
        });
    }

    private void checkAgeAndExperience(ArtisanDetails d, Map<String, String> problems) {
        LocalDate today = LocalDate.now(clock.withZone(MOROCCO));
        if (d.birthDate() != null) {
            int age = Period.between(d.birthDate(), today).getYears();
            if (d.birthDate().isBefore(EARLIEST_BIRTH) || d.birthDate().isAfter(today)) {
                problems.put("birthDate", "registry.artisan.birthDate.implausible");
            } else if (age < rules.minimumAge()) {
                problems.put("birthDate", "registry.artisan.birthDate.tooYoung");
            } else if (d.experienceYears() != null && d.experienceYears() > age) {
                problems.put("experienceYears", "registry.artisan.experience.implausible");
            }
        }
        if (d.qualificationBasis() == QualificationBasis.EXPERIENCE && d.category() != null) {
            int required = rules.requiredExperience(d.category());
            if (d.experienceYears() == null || d.experienceYears() < required) {
                problems.putIfAbsent(
                        "experienceYears",
                        d.category() == Category.MASTER_ARTISAN
                                ? "registry.artisan.experience.master"
                                : "registry.artisan.experience.artisan");
            }
        }
    }

    public static ArtisanDetails normalise(ArtisanForm f) {
        return new ArtisanDetails(
                NationalId.normalise(f.nationalId()),
                name(f.firstNameAr()),
                name(f.lastNameAr()),
                name(f.firstNameLat()),
                name(f.lastNameLat()),
                f.sex(),
                f.birthDate(),
                phone(f.phone()),
                f.provinceCode().strip(),
                blankToNull(f.communeCode()),
                blankToNull(f.craftCode()),
                f.category(),
                f.qualificationBasis(),
                f.experienceYears(),
                f.taxStatus(),
                name(f.address()),
                name(f.workshopAddress()),
                otherCrafts(f));
    }

    /** The register's phone rule is the platform's ({@link PhoneNumber}): E.164 when valid, as typed otherwise. */
    public static String phone(String raw) {
        return PhoneNumber.normalise(raw);
    }

    private static String otherCrafts(ArtisanForm f) {
        if (f.otherCrafts() == null) {
            return null;
        }
        String main = blankToNull(f.craftCode());
        String codes = f.otherCrafts().stream()
                .map(ArtisanRules::blankToNull)
                .filter(java.util.Objects::nonNull)
                .filter(code -> !code.equals(main))
                .distinct()
                .sorted()
                .collect(java.util.stream.Collectors.joining(","));
        return codes.isEmpty() ? null : codes;
    }

    private static String name(String raw) {
        String v = blankToNull(raw);
        return v == null ? null : v.replaceAll("\\s+", " ");
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
