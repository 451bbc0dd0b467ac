package ma.hirfa.registry.artisan;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds artisans for the organisations of the register (members, supervisors), always within the user's
 * region: an artisan of another region is simply not found.
 */
@Component
@Transactional(readOnly = true)
@NamedInterface("artisans")
public class RegisteredArtisans {

    private final ArtisanRepository artisans;
    private final JdbcTemplate jdbc;
    private final CurrentUsers users;

    RegisteredArtisans(ArtisanRepository artisans, JdbcTemplate jdbc, CurrentUsers users) {
        this.artisans = artisans;
        this.jdbc = jdbc;
        this.users = users;
    }

    public Optional<ArtisanSummary> find(long id) {
        return artisans.findById(id).filter(this::visible).map(ArtisanSummary::of);
    }

    /** The full profile of an artisan the user may see (for training, coverage and matching). */
    public Optional<ArtisanProfile> profile(long id) {
        return artisans.findById(id).filter(this::visible).map(ArtisanProfile::of);
    }

    /** By national id ({@code J123456}) or registration number ({@code 08-401-2026-000001}). */
    public Optional<ArtisanSummary> findByReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String compact = reference.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        List<Long> ids = jdbc.queryForList(
                "select id from reg_artisan where national_id = ? or registration_number = ?"
                        + " order by case when status = 'REGISTERED' then 0 else 1 end, id desc",
                Long.class,
                compact,
                compact);
        return ids.stream().map(this::find).flatMap(Optional::stream).findFirst();
    }

    /**
     * The artisan a form names by id, or else by reference (national id or registration number), within the user's
     * region; {@code null} when it names none. An id or reference that finds no one is refused on {@code field} with
     * {@code unknownKey}. Committees (VAE juries, calls) name their members this way.
     */
    public Long idNamedBy(Long id, String reference, String field, String unknownKey) {
        if (id != null) {
            if (find(id).isEmpty()) {
                throw Refusal.invalid().field(field, unknownKey);
            }
            return id;
        }
        if (reference == null || reference.isBlank()) {
            return null;
        }
        return findByReference(reference)
                .map(ArtisanSummary::id)
                .orElseThrow(() -> Refusal.invalid().field(field, unknownKey));
    }

    /**
     * Artisans a form names by ids and by references separated by commas, semicolons or spaces (a committee member's
     * declared relatives); a reference that finds no one is refused on {@code field} with {@code unknownKey} and the
     * reference itself.
     */
    public Set<Long> idsNamedBy(Collection<Long> ids, String references, String field, String unknownKey) {
        Set<Long> found = new LinkedHashSet<>(ids == null ? List.of() : ids);
        if (references != null && !references.isBlank()) {
            for (String reference : references.split("[,;\\s]+")) {
                if (!reference.isBlank()) {
                    found.add(findByReference(reference)
                            .map(ArtisanSummary::id)
                            .orElseThrow(() -> Refusal.invalid().field(field, unknownKey, reference.strip())));
                }
            }
        }
        return found;
    }

    /** Names of artisans already linked to a record the user may see. */
    public Map<Long, ArtisanSummary> byIds(Collection<Long> ids) {
        Map<Long, ArtisanSummary> found = new LinkedHashMap<>();
        artisans.findAllById(ids).forEach(a -> found.put(a.id(), ArtisanSummary.of(a)));
        return found;
    }

    /** Registered artisans of a province the user may see, oldest first (demo data, pickers). */
    public List<ArtisanSummary> registeredIn(String provinceCode) {
        List<Long> ids = jdbc.queryForList(
                "select id from reg_artisan where province_code = ? and status = 'REGISTERED' order by id",
                Long.class,
                provinceCode);
        return artisans.findAllById(ids).stream()
                .filter(this::visible)
                .map(ArtisanSummary::of)
                .sorted(java.util.Comparator.comparingLong(ArtisanSummary::id))
                .toList();
    }

    /** Registered artisans counted by province and craft, within the user's region (national users: all). */
    public List<RegisteredCount> registeredCounts() {
        RegionScope scope = users.current().scope();
        if (!scope.isNational() && scope.restriction().isEmpty()) {
            return List.of();
        }
        String region = scope.restriction().orElse(null);
        return jdbc.query(
                "select province_code, craft_code, count(*) from reg_artisan where status = 'REGISTERED'"
                        + " and (cast(? as varchar) is null or region_code = ?)"
                        + " group by province_code, craft_code order by province_code, craft_code",
                (rs, n) -> new RegisteredCount(rs.getString(1), rs.getString(2), rs.getLong(3)),
                region,
                region);
    }

    /**
     * Whether two artisans are members of the same cooperative or enterprise (VAE juries must not assess a
     * fellow member). Answers only about artisans the user may see; otherwise false.
     */
    public boolean sharesOrganisation(long artisanA, long artisanB) {
        if (artisanA == artisanB || find(artisanA).isEmpty() || find(artisanB).isEmpty()) {
            return false;
        }
        Long shared = jdbc.queryForObject(
                "select count(*) from reg_organisation_member a join reg_organisation_member b"
                        + " on a.organisation_id = b.organisation_id where a.artisan_id = ? and b.artisan_id = ?",
                Long.class,
                artisanA,
                artisanB);
        return shared != null && shared > 0;
    }

    private boolean visible(Artisan a) {
        RegionScope scope = users.current().scope();
        return scope.coversArtisan(a.id(), a.regionCode());
    }
}
