package ma.hirfa.registry.organisation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.reference.Province;
import ma.hirfa.reference.ReferenceData;
import ma.hirfa.registry.artisan.ArtisanSummary;
import ma.hirfa.registry.artisan.RegisteredArtisans;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rules of an organisation's file that Bean Validation cannot check alone: reference codes, the user's
 * region, an ICE for every enterprise and unique among active organisations, a registered supervisor.
 */
@Component
class OrganisationRules {

    private final ReferenceData reference;
    private final RegisteredArtisans artisans;
    private final JdbcTemplate jdbc;

    OrganisationRules(ReferenceData reference, RegisteredArtisans artisans, JdbcTemplate jdbc) {
        this.reference = reference;
        this.artisans = artisans;
        this.jdbc = jdbc;
    }

    /** Checks the file (new when {@code id} is null) and returns its region. */
    String check(OrganisationDetails d, Set<OrganisationCraft> crafts, Long id, RegionScope scope) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (d.kind() == null) {
            problems.put("kind", "registry.organisation.kind.required");
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
        if (crafts.isEmpty()) {
            problems.put("crafts", "registry.organisation.crafts.required");
        } else if (crafts.stream().anyMatch(c -> reference.craft(c.craftCode()).isEmpty())) {
            problems.put("crafts", "registry.artisan.craft.unknown");
        }
        if (d.kind() == OrganisationKind.ENTERPRISE && d.ice() == null) {
            problems.put("ice", "registry.organisation.ice.required");
        }
        if (d.kind() == OrganisationKind.ENTERPRISE && d.supervisorId() == null) {
            problems.putIfAbsent("supervisorId", "registry.organisation.supervisor.required");
        }
        if (d.supervisorId() != null && province != null) {
            String problem = registeredArtisanProblem(d.supervisorId(), province.regionCode());
            if (problem != null) {
                problems.put("supervisorId", problem);
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid().fields(problems);
        }
        checkIceUnique(d.ice(), id);
        return province.regionCode();
    }

    /** Null when the artisan may join an organisation of this region, else the message key saying why not. */
    String registeredArtisanProblem(long artisanId, String regionCode) {
        ArtisanSummary artisan = artisans.find(artisanId).orElse(null);
        if (artisan == null) {
            return "registry.organisation.member.unknown";
        }
        if (!artisan.regionCode().equals(regionCode)) {
            return "registry.organisation.member.otherRegion";
        }
        return artisan.registered() ? null : "registry.organisation.member.notRegistered";
    }

    private void checkIceUnique(String ice, Long id) {
        if (ice == null) {
            return;
        }
        jdbc
                .query(
                        "select id, kind from reg_organisation where ice = ? and status not in ('REJECTED', 'STRUCK_OFF')",
                        (rs, row) -> Map.entry(rs.getLong("id"), OrganisationKind.valueOf(rs.getString("kind"))),
                        ice)
                .stream()
                .filter(e -> !Objects.equals(e.getKey(), id))
                .findFirst()
                .ifPresent(e -> {
                    String link = "/api/v1/registry/" + e.getValue().plural() + "/" + e.getKey();
                    throw Refusal.conflict("registry.organisation.ice.taken")
                            .field("ice", "registry.organisation.ice.taken")
                            .with("existing", link)
                            .location(link)
                            .show("existingId", e.getKey());
                });
    }

    /** The supervisor's id: as given, or found by national id or registration number within the region. */
    Long supervisor(OrganisationForm f) {
        if (f.supervisorId() != null || isBlank(f.supervisorReference())) {
            return f.supervisorId();
        }
        return artisans.findByReference(f.supervisorReference())
                .map(ArtisanSummary::id)
                .orElseThrow(
                        () -> Refusal.invalid().field("supervisorReference", "registry.organisation.member.unknown"));
    }

    /** The artisan with this national id or registration number in the user's region, or null. */
    Long memberByReference(String reference) {
        return artisans.findByReference(reference).map(ArtisanSummary::id).orElse(null);
    }

    static OrganisationDetails normalise(OrganisationForm f, Long supervisorId) {
        return new OrganisationDetails(
                f.kind(),
                text(f.nameAr()),
                text(f.nameFr()),
                ice(f.ice()),
                blankToNull(f.tradeRegister() == null ? null : f.tradeRegister().toUpperCase(Locale.ROOT)),
                text(f.addressLine()),
                f.provinceCode().strip(),
                blankToNull(f.communeCode()),
                supervisorId);
    }

    static Set<OrganisationCraft> crafts(List<String> codes) {
        return codes == null
                ? Set.of()
                : codes.stream()
                        .map(OrganisationRules::blankToNull)
                        .filter(Objects::nonNull)
                        .map(OrganisationCraft::new)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** ICE: 15 digits, spaces allowed when typed; null when absent. */
    static String ice(String raw) {
        String v = blankToNull(raw);
        return v == null ? null : v.replaceAll("\\s", "");
    }

    static boolean validIce(String raw) {
        String v = ice(raw);
        return v != null && v.matches("[0-9]{15}");
    }

    private static String text(String raw) {
        String v = blankToNull(raw);
        return v == null ? null : v.replaceAll("\\s+", " ");
    }

    private static String blankToNull(String v) {
        return isBlank(v) ? null : v.strip();
    }

    private static boolean isBlank(String v) {
        return v == null || v.isBlank();
    }
}
