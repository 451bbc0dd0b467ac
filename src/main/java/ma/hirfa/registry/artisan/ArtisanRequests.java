package ma.hirfa.registry.artisan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Requests on a file (card renewal, correction) that the artisan starts and an agent of the chamber handles. */
@Service
class ArtisanRequests {

    enum Kind {
        RENEWAL,
        CORRECTION
    }

    record Request(long id, Kind kind, String note, String state, Instant createdAt, String createdBy) {}

    private final JdbcTemplate jdbc;
    private final ArtisanService files;
    private final Acting acting;

    ArtisanRequests(JdbcTemplate jdbc, ArtisanService files, Acting acting) {
        this.jdbc = jdbc;
        this.files = files;
        this.acting = acting;
    }

    @Transactional
    void open(long artisanId, Kind kind, String note) {
        if (!acting.user()
                .hasRole(Role.ARTISAN, Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            throw new AccessDeniedException("read-only role");
        }
        Artisan file = files.get(artisanId);
        if (!open(artisanId).stream().filter(r -> r.kind() == kind).toList().isEmpty()) {
            return;
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 1000) {
            throw Refusal.invalid("registry.workflow.reasonTooLong");
        }
        jdbc.update(
                "insert into reg_request (artisan_id, kind, note, state, created_at, created_by) values (?, ?, ?, 'OPEN', ?, ?)",
                artisanId,
                kind.name(),
                text,
                Timestamp.from(acting.now()),
                acting.username());
        acting.audit()
                .created(
                        "ArtisanRequest",
                        artisanId + "/" + kind,
                        file.regionCode(),
                        Map.of("kind", kind, "note", text == null ? "" : text));
    }

    @Transactional(readOnly = true)
    List<Request> open(long artisanId) {
        files.get(artisanId);
        return jdbc.query(
                "select id, kind, note, state, created_at, created_by from reg_request where artisan_id = ? and state = 'OPEN' order by id",
                (rs, row) -> new Request(
                        rs.getLong("id"),
                        Kind.valueOf(rs.getString("kind")),
                        rs.getString("note"),
                        rs.getString("state"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by")),
                artisanId);
    }

    /** An agent closes a request once handled (renewing the card closes renewal requests by itself). */
    @Transactional
    void close(long artisanId, long requestId) {
        CurrentUser user = acting.user();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            throw new AccessDeniedException("staff only");
        }
        Artisan file = files.get(artisanId);
        int closed = jdbc.update(
                "update reg_request set state = 'DONE', handled_at = ?, handled_by = ? where id = ? and artisan_id = ? and state = 'OPEN'",
                Timestamp.from(acting.now()),
                user.username(),
                requestId,
                artisanId);
        if (closed == 0) {
            throw Refusal.notFound("ArtisanRequest", requestId);
        }
        acting.audit()
                .updated(
                        "ArtisanRequest",
                        requestId,
                        file.regionCode(),
                        Map.of("state", "OPEN"),
                        Map.of("state", "DONE"));
    }

    void closeRenewals(long artisanId) {
        List<Long> ids = jdbc.queryForList(
                "select id from reg_request where artisan_id = ? and kind = 'RENEWAL' and state = 'OPEN'",
                Long.class,
                artisanId);
        ids.forEach(id -> close(artisanId, id));
    }
}
