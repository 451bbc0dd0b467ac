package ma.hirfa.platform.transfer;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.hirfa.platform.CopyText;
import ma.hirfa.platform.CurrentUsers;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.RegionScope;
import ma.hirfa.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one pass (dry run or commit) of a claimed job: streams the rows, validates them, classifies them in
 * batches and stores each batch with the job's checkpoint in one transaction. The rows of the next batch are
 * read, validated and, in the commit pass, prepared by the kind ({@link ImportSession#prepare}) on a second
 * thread while the current one is written ({@link ReadAhead}). The batch size
 * is the kind's own ({@link ImportKind#batchSize()}) or the framework's setting. After a crash the next node
 * re-reads the file from the start, validates the rows before the checkpoint again only to remember their
 * identity keys (duplicates inside the file), and continues after the checkpoint: no row lost, none twice.
 */
@Component
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobStore jobs;
    private final ImportFiles files;
    private final ImportKinds kinds;
    private final CurrentUsers users;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final Duration lease;
    private volatile Boolean postgres;

    ImportRunner(
            ImportJobStore jobs,
            ImportFiles files,
            ImportKinds kinds,
            CurrentUsers users,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            @Value("${hirfa.transfer.batch-size:2000}") int batchSize,
            @Value("${hirfa.transfer.lease:60s}") Duration lease) {
        this.jobs = jobs;
        this.files = files;
        this.kinds = kinds;
        this.users = users;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres");
            postgres = known;
        }
        return known;
    }

    Duration lease() {
        return lease;
    }

    /** Runs the job to its end, or stops after {@code maxBatches} batches (a simulated crash, for tests). */
    void run(ImportJob job, String owner, int maxBatches) {
        RegionScope scope = job.regionCode() == null ? RegionScope.national() : RegionScope.region(job.regionCode());
        users.actAs(job.createdBy(), Role.valueOf(job.createdRole()), job.regionCode());
        boolean commit = job.status().commitPhase();
        try (InputStream in = files.open(job.id());
                RowSource rows = job.xlsx() ? new XlsxRowSource(in) : new CsvRowSource(in, job.fileSize())) {
            ImportKind kind = kinds.get(job.kind());
            Map<String, Integer> positions = ColumnMapping.parse(
                            jobs.mapping(job.kind(), job.source()).orElse(null))
                    .resolve(kind.columns(), rows.headers());
            jobs.headers(job.id(), String.join("\n", rows.headers()));
            ImportContext context = new ImportContext(job.id(), job.source(), job.createdBy(), scope, commit);
            @SuppressWarnings("unchecked")
            ImportSession<Object> session = (ImportSession<Object>) kind.open(context);
            int size = kind.batchSize() > 0 ? kind.batchSize() : batchSize;
            Pass pass = new Pass(job, owner, commit, session, rows, positions, maxBatches, size);
            if (pass.run()) {
                transactions.executeWithoutResult(tx -> {
                    if (jobs.finish(job, owner, pass.ordinal) && commit) {
                        kind.onCommitted(context);
                    }
                });
            }
        } catch (Refusal refused) {
            jobs.fail(job, owner, refused.key(), argument(refused));
        } catch (LeaseLostException lost) {
            LOG.info("Import job {}: lease lost, another node continues", job.id());
        } catch (Exception unexpected) {
            LOG.error("Import job {} stopped; it will be retried", job.id(), unexpected);
            jobs.retryLater(job, owner, lease);
        } finally {
            users.clear();
        }
    }

    private final class Pass {

        final ImportJob job;
        final String owner;
        final boolean commit;
        final ImportSession<Object> session;
        final RowSource rows;
        final Map<String, Integer> positions;
        final int maxBatches;
        final int batchSize;
        final FirstRows seen = new FirstRows();
        long ordinal;
        int batches;

        Pass(
                ImportJob job,
                String owner,
                boolean commit,
                ImportSession<Object> session,
                RowSource rows,
                Map<String, Integer> positions,
                int maxBatches,
                int batchSize) {
            this.job = job;
            this.batchSize = batchSize;
            this.owner = owner;
            this.commit = commit;
            this.session = session;
            this.rows = rows;
            this.positions = positions;
            this.maxBatches = maxBatches;
        }

        /** False when stopped before the end (simulated crash). */
        boolean run() {
            try (ReadAhead ahead = new ReadAhead(
                    "import-" + job.id(),
                    this::read,
                    () -> users.actAs(job.createdBy(), Role.valueOf(job.createdRole()), job.regionCode()),
                    users::clear)) {
                ReadAhead.Batch batch;
                while ((batch = ahead.next()) != null) {
                    ordinal = batch.ordinal();
                    flush(batch);
                    if (!batch.last() && ++batches >= maxBatches) {
                        return false;
                    }
                }
                return true;
            }
        }

        /** On the reader's thread: the rows after the checkpoint, checked, in batches (the last one may be short). */
        private void read(ReadAhead.Out out) {
            long checkpoint = job.processedRows();
            int headerCount = rows.headers().size();
            long read = 0;
            List<Pending> batch = new ArrayList<>();
            RawRow raw;
            while ((raw = rows.next()) != null) {
                if (raw.blank()) {
                    continue;
                }
                read++;
                Pending row = check(raw, headerCount);
                if (read <= checkpoint) {
                    continue;
                }
                batch.add(row);
                if (batch.size() >= batchSize) {
                    out.put(handOver(batch, read, false));
                    batch = new ArrayList<>();
                }
            }
            out.put(handOver(batch, read, true));
        }

        /** On the reader's thread: a batch as read, with what the kind prepares for its commit (commit pass). */
        private ReadAhead.Batch handOver(List<Pending> batch, long read, boolean last) {
            Object prepared = null;
            List<Object> valid = commit
                    ? batch.stream()
                            .filter(p -> p.problems() == null)
                            .map(Pending::value)
                            .toList()
                    : List.of();
            if (!valid.isEmpty()) {
                prepared = session.prepare(new ImportBatch<>(
                        job.id(),
                        number(read),
                        job.fileSha256(),
                        batch.get(0).number(),
                        batch.get(batch.size() - 1).number(),
                        valid));
            }
            return new ReadAhead.Batch(batch, read, rows.progress(), last, prepared);
        }

        /** The batch's number from the file's ordinal at its last row: stable across a resume. */
        private int number(long ordinalAtEnd) {
            return (int) ((ordinalAtEnd - 1) / batchSize) + 1;
        }

        private Pending check(RawRow raw, int headerCount) {
            if (rows.strictColumns() && raw.cells().size() != headerCount) {
                return Pending.invalid(
                        raw.number(),
                        List.of(RowProblem.of(
                                "",
                                "transfer.row.columnCount",
                                String.valueOf(headerCount),
                                String.valueOf(raw.cells().size()))));
            }
            Map<String, String> values = new HashMap<>();
            positions.forEach((column, at) -> {
                if (at >= 0 && at < raw.cells().size()) {
                    values.put(column, raw.cells().get(at));
                }
            });
            RowCheck<Object> checked = session.validate(new ImportRow(raw.number(), values));
            if (!checked.isValid()) {
                return Pending.invalid(raw.number(), checked.problems());
            }
            Long earlier = checked.identityKey() == null ? null : seen.putIfAbsent(checked.identityKey(), raw.number());
            if (earlier != null) {
                // the report says which row this one repeats, so the user fixes the right one
                return Pending.invalid(
                        raw.number(),
                        List.of(RowProblem.of(
                                "", "transfer.row.repeatsRow", checked.identityKey(), String.valueOf(earlier))));
            }
            return new Pending(raw.number(), checked.value(), null);
        }

        private void flush(ReadAhead.Batch read) {
            List<Pending> batch = read.rows();
            if (batch.isEmpty()) {
                return;
            }
            List<Pending> valid =
                    batch.stream().filter(p -> p.problems() == null).toList();
            List<RowVerdict> verdicts = valid.isEmpty()
                    ? List.of()
                    : session.judge(valid.stream().map(Pending::value).toList());
            List<Object> fresh = new ArrayList<>();
            List<Judged> judged = new ArrayList<>();
            java.util.EnumMap<Classification, Long> counts = new java.util.EnumMap<>(Classification.class);
            for (Classification c : Classification.values()) {
                counts.put(c, 0L);
            }
            for (int i = 0; i < valid.size(); i++) {
                RowVerdict verdict = verdicts.get(i);
                judged.add(new Judged(valid.get(i), verdict));
                if (verdict.written()) {
                    fresh.add(valid.get(i).value());
                }
                counts.merge(verdict.classification(), 1L, Long::sum);
            }
            List<Pending> invalid =
                    batch.stream().filter(p -> p.problems() != null).toList();
            long first = batch.get(0).number();
            long last = batch.get(batch.size() - 1).number();
            int number = number(ordinal);
            double progress = read.progress();
            int percent = commit && job.totalRows() != null && job.totalRows() > 0
                    ? (int) Math.min(99, ordinal * 100 / job.totalRows())
                    : progress < 0 ? 0 : (int) Math.min(99, progress * 100);
            transactions.executeWithoutResult(tx -> {
                int written = 0;
                if (commit) {
                    if (!fresh.isEmpty()) {
                        written = session.commit(new ImportBatch<>(
                                job.id(), number, job.fileSha256(), first, last, fresh, read.prepared()));
                    }
                } else {
                    report(invalid, judged);
                }
                boolean held = jobs.checkpoint(
                        job,
                        owner,
                        lease,
                        new ImportJobStore.Progress(
                                ordinal,
                                commit ? 0 : counts.get(Classification.NEW),
                                commit ? 0 : counts.get(Classification.DUPLICATE_OF_EXISTING),
                                commit ? 0 : invalid.size() + counts.get(Classification.INVALID),
                                commit ? 0 : counts.get(Classification.HELD),
                                written,
                                percent));
                if (!held) {
                    throw new LeaseLostException();
                }
            });
        }

        /** The report keeps every row that is not a plain new row, and new rows that carry a note. */
        private void report(List<Pending> invalid, List<Judged> judged) {
            List<Object[]> lines = new ArrayList<>();
            for (Pending p : invalid) {
                lines.add(new Object[] {job.id(), p.number(), Classification.INVALID.name(), messages(p.problems())});
            }
            for (Judged j : judged) {
                Classification c = j.verdict().classification();
                List<RowProblem> notes = j.verdict().notes();
                if (c == Classification.NEW && notes.isEmpty()) {
                    continue;
                }
                if (c == Classification.DUPLICATE_OF_EXISTING && notes.isEmpty()) {
                    notes = List.of(RowProblem.of("", "transfer.row.duplicate"));
                }
                lines.add(new Object[] {job.id(), j.row().number(), c.name(), messages(notes)});
            }
            if (lines.isEmpty()) {
                return;
            }
            lines.sort(java.util.Comparator.comparingLong(l -> (Long) l[1]));
            if (postgres()) {
                // a legacy list may have hundreds of thousands of faulty rows: one COPY per batch
                StringBuilder text = new StringBuilder(lines.size() * 80);
                for (Object[] l : lines) {
                    text.append(l[0]).append('\t').append(l[1]).append('\t');
                    CopyText.field(text, (String) l[2]);
                    CopyText.field(text, (String) l[3]);
                    text.setCharAt(text.length() - 1, '\n');
                }
                CopyText.copyIn(jdbc, "copy imp_row (job_id, row_no, outcome, messages) from stdin", text);
            } else {
                jdbc.batchUpdate("insert into imp_row (job_id, row_no, outcome, messages) values (?, ?, ?, ?)", lines);
            }
        }
    }

    private record Judged(Pending row, RowVerdict verdict) {}

    /** Problems as stored in {@code imp_row}: one "column|key|arg|arg" line each. */
    static String messages(List<RowProblem> problems) {
        String text = problems.stream()
                .map(p -> String.join(
                        "|",
                        java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(clean(p.column()), p.key()),
                                        p.args().stream().map(ImportRunner::clean))
                                .toList()))
                .collect(Collectors.joining("\n"));
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private static String clean(String text) {
        String t = text == null ? "" : text.replace('|', '/').replace('\n', ' ').replace('\r', ' ');
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    record Pending(long number, Object value, List<RowProblem> problems) {

        static Pending invalid(long number, List<RowProblem> problems) {
            return new Pending(number, null, problems);
        }
    }

    static final class LeaseLostException extends RuntimeException {
        LeaseLostException() {
            super("lease lost");
        }
    }

    /** The one argument of a refusal of the whole file (a line number, the missing columns), or null. */
    private static String argument(Refusal refused) {
        Object[] arguments = refused.arguments();
        return arguments.length == 0 ? null : String.valueOf(arguments[0]);
    }
}
