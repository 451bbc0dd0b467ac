package ma.hirfa.registry.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Role;
import ma.hirfa.registry.artisan.Artisan;
import ma.hirfa.registry.artisan.ArtisanService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records, per purpose, whether the artisan agrees; a purpose never asked counts as refused. */
@Service
public class Consents {

    public record Consent(ConsentPurpose purpose, boolean granted, Instant recordedAt, String recordedBy) {}

    private final JdbcTemplate jdbc;
    private final ArtisanService files;
    private final Acting acting;

    Consents(JdbcTemplate jdbc, ArtisanService files, Acting acting) {
        this.jdbc = jdbc;
        this.files = files;
        this.acting = acting;
    }

    @Transactional(readOnly = true)
    public Map<ConsentPurpose, Consent> of(long artisanId) {
        files.get(artisanId);
        Map<ConsentPurpose, Consent> consents = new EnumMap<>(ConsentPurpose.class);
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            consents.put(purpose, new Consent(purpose, false, null, null));
        }
        jdbc.query(
                "select purpose, granted, recorded_at, recorded_by from reg_consent where artisan_id = ?",
                rs -> {
                    ConsentPurpose purpose = ConsentPurpose.valueOf(rs.getString("purpose"));
                    consents.put(
                            purpose,
                            new Consent(
                                    purpose,
                                    rs.getBoolean("granted"),
                                    rs.getTimestamp("recorded_at").toInstant(),
                                    rs.getString("recorded_by")));
                },
                artisanId);
        return consents;
    }

    /** Records the answers given; purposes not mentioned keep their current answer. */
    @Transactional
    void record(long artisanId, Map<ConsentPurpose, Boolean> answers) {
        CurrentUser user = acting.user();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT, Role.ARTISAN)) {
            throw new AccessDeniedException("read-only role");
        }
        Artisan file = files.get(artisanId);
        Map<ConsentPurpose, Consent> before = of(artisanId);
        answers.forEach((purpose, granted) -> {
            if (before.get(purpose).granted() == granted && before.get(purpose).recordedAt() != null) {
                return;
            }
            int updated = jdbc.update(
                    "update reg_consent set granted = ?, recorded_at = ?, recorded_by = ? where artisan_id = ? and purpose = ?",
                    granted,
                    Timestamp.from(acting.now()),
                    user.username(),
                    artisanId,
                    purpose.name());
            if (updated == 0) {
                jdbc.update(
                        "insert into reg_consent (artisan_id, purpose, granted, recorded_at, recorded_by) values (?, ?, ?, ?, ?)",
                        artisanId,
                        purpose.name(),
                        granted,
                        Timestamp.from(acting.now()),
                        user.username());
            }
            acting.audit()
                    .updated(
                            "Consent",
                            artisanId + "/" + purpose,
                            file.regionCode(),
                            Map.of(
                                    "purpose",
                                    purpose,
                                    "granted",
                                    before.get(purpose).granted()),
                            Map.of("purpose", purpose, "granted", granted));
        });
    }
}
