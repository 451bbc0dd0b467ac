package ma.hirfa.platform.transfer;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Uploading a file, reading a job's state and report, asking for the commit; always within the region. */
@Service
class ImportJobs {

    private static final String ENTITY = "ImportJob";

    private final ImportJobStore store;
    private final ImportFiles files;
    private final ImportKinds kinds;
    private final CurrentUsers users;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    ImportJobs(
            ImportJobStore store,
            ImportFiles files,
            ImportKinds kinds,
            CurrentUsers users,
            JdbcTemplate jdbc,
            Clock clock,
            org.springframework.transaction.support.TransactionTemplate transactions) {
        this.transactions = transactions;
        this.store = store;
        this.files = files;
        this.kinds = kinds;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Uploaded(long jobId, boolean alreadyImported) {}

    /**
     * Stores the file and queues its dry run. The same file (same SHA-256) already committed for this kind
     * and source creates no job: the answer points to the earlier one.
     */
    @Transactional
    Uploaded upload(String kindId, String source, String fileName, InputStream content) {
        CurrentUser user = users.current();
        ImportKind kind = kinds.get(kindId);
        if (!kind.mayImport(user)) {
            throw new AccessDeniedException("may not import " + kindId);
        }
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        String format = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "XLSX" : "CSV";
        String src = source == null || source.isBlank() ? "default" : source.strip();
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var ps = c.prepareStatement(
                            "insert into imp_job (kind, source, region_code, created_by, created_role, file_name,"
                                    + " file_format, file_sha256, file_size, created_at, updated_at)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, '', 0, ?, ?)",
                            new String[] {"id"});
                    ps.setString(1, kindId);
                    ps.setString(2, src.length() > 80 ? src.substring(0, 80) : src);
                    ps.setString(3, user.scope().isNational() ? null : user.regionCode());
                    ps.setString(4, user.username());
                    ps.setString(5, user.role().name());
                    ps.setString(6, name.length() > 255 ? name.substring(name.length() - 255) : name);
                    ps.setString(7, format);
                    ps.setTimestamp(8, now);
                    ps.setTimestamp(9, now);
                    return ps;
                },
                key);
        long id = key.getKey().longValue();
        ImportFiles.Stored stored = files.store(id, content);
        var earlier = store.committedWithSameFile(kindId, src, stored.sha256());
        if (earlier.isPresent()) {
            files.delete(id);
            jdbc.update("delete from imp_job where id = ?", id);
            return new Uploaded(earlier.get(), true);
        }
        jdbc.update(
                "update imp_job set file_sha256 = ?, file_size = ? where id = ?", stored.sha256(), stored.size(), id);
        store.submit(id);
        return new Uploaded(id, false);
    }

    /** The job, if the user's region covers it; otherwise 404. */
    ImportJob get(long id) {
        CurrentUser user = users.current();
        return store.find(id)
                .filter(job -> user.scope().isNational()
                        || (job.regionCode() != null && user.scope().covers(job.regionCode())))
                .filter(job -> kinds.get(job.kind()).mayImport(user))
                .orElseThrow(() -> Refusal.notFound(ENTITY, id));
    }

    ImportJobView view(ImportJob job) {
        ImportKind kind = kinds.get(job.kind());
        ImportFollowUp followUp = job.status() == ImportStatus.COMMITTED
                ? kind.followUp(users.current()).orElse(null)
                : null;
        ImportFollowUp written = job.status() == ImportStatus.COMMITTED
                ? kind.written(job.id(), users.current()).orElse(null)
                : null;
        return ImportJobView.of(job, kind.labelKey(), followUp, written);
    }

    /** The latest jobs of the region, of the kinds this user may import (a kind's rows are its own). */
    List<ImportJob> recent() {
        List<String> visible = kinds().stream().map(ImportKind::id).toList();
        return visible.isEmpty() ? List.of() : store.recent(users.current().scope(), visible, 20);
    }

    List<ImportKind> kinds() {
        return kinds.availableTo(users.current());
    }

    /** Queues the commit of a validated job; refused when the same file was committed meanwhile. */
    @Transactional
    boolean commit(long id) {
        ImportJob job = get(id);
        if (store.committedWithSameFile(job.kind(), job.source(), job.fileSha256())
                .isPresent()) {
            return false;
        }
        return store.requestCommit(job.id());
    }

    @Transactional
    void saveMapping(long id, java.util.Map<String, String> headerOf) {
        ImportJob job = get(id);
        store.saveMapping(job.kind(), job.source(), new ColumnMapping(headerOf).format());
        store.requeue(job.id());
    }

    ColumnMapping mapping(ImportJob job) {
        return ColumnMapping.parse(store.mapping(job.kind(), job.source()).orElse(null));
    }

    record ReportLine(long row, String outcome, String messages) {}

    /**
     * The job, once its kind has recorded the reading of its report, in a short transaction of its own: the
     * report itself is then read (or streamed to a slow client) without holding what the audit locks.
     */
    private ImportJob openReport(long id) {
        ImportJob job = get(id);
        transactions.executeWithoutResult(tx -> kinds.get(job.kind()).onReportRead(job.id(), job.regionCode()));
        return job;
    }

    List<ReportLine> report(long id, int limit) {
        ImportJob job = openReport(id);
        return jdbc.query(
                "select row_no, outcome, messages from imp_row where job_id = ? order by row_no limit ?",
                (rs, i) -> new ReportLine(rs.getLong(1), rs.getString(2), rs.getString(3)),
                job.id(),
                limit);
    }

    /** Streams every report line (invalid and duplicate rows), for the CSV download. */
    void eachReportLine(long id, Consumer<ReportLine> consumer) {
        ImportJob job = openReport(id);
        jdbc.query(
                "select row_no, outcome, messages from imp_row where job_id = ? order by row_no",
                rs -> {
                    consumer.accept(new ReportLine(rs.getLong(1), rs.getString(2), rs.getString(3)));
                },
                job.id());
    }
}
