package ma.hirfa.platform.transfer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload a file, watch its dry run, read the report, commit. */
@Controller
class ImportController {

    private static final int SHOWN_REPORT_LINES = 200;

    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportController(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping(UploadLimits.IMPORTS)
    String list(@RequestParam(required = false) String kind, Model model) {
        List<ImportKind> kinds = checkMayImport();
        model.addAttribute("kinds", kinds);
        model.addAttribute("selectedKind", kind);
        model.addAttribute("jobs", jobs.recent().stream().map(jobs::view).toList());
        return "platform/transfer/list";
    }

    @PostMapping(UploadLimits.IMPORTS)
    String upload(
            @RequestParam String kind,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        checkMayImport();
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "transfer.file.empty");
            return "redirect:" + UploadLimits.IMPORTS;
        }
        try (InputStream in = file.getInputStream()) {
            ImportJobs.Uploaded uploaded = jobs.upload(kind, source, file.getOriginalFilename(), in);
            redirect.addFlashAttribute(
                    "message", uploaded.alreadyImported() ? "transfer.import.sameFile" : "transfer.import.uploaded");
            return "redirect:" + UploadLimits.IMPORTS + "/" + uploaded.jobId();
        }
    }

    @GetMapping(UploadLimits.IMPORTS + "/{id}")
    String show(@PathVariable long id, Model model) {
        ImportJob job = jobs.get(id);
        model.addAttribute("job", jobs.view(job));
        model.addAttribute("lines", reportOf(job));
        if ("transfer.file.missingColumns".equals(job.errorKey()) && job.headers() != null) {
            model.addAttribute("headers", List.of(job.headers().split("\n")));
            model.addAttribute(
                    "columns",
                    jobs.kinds().stream()
                            .filter(k -> k.id().equals(job.kind()))
                            .findFirst()
                            .map(ImportKind::columns)
                            .orElse(List.of()));
            model.addAttribute("mapping", jobs.mapping(job).headerOf());
        }
        return "platform/transfer/show";
    }

    /** The part of the page that htmx refreshes while the job runs. */
    @GetMapping(UploadLimits.IMPORTS + "/{id}/status")
    String status(@PathVariable long id, Model model) {
        ImportJob job = jobs.get(id);
        model.addAttribute("job", jobs.view(job));
        model.addAttribute("lines", reportOf(job));
        return "platform/transfer/show :: status";
    }

    @PostMapping(UploadLimits.IMPORTS + "/{id}/commit")
    String commit(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "message", jobs.commit(id) ? "transfer.import.commitQueued" : "transfer.import.alreadyImported");
        return "redirect:" + UploadLimits.IMPORTS + "/" + id;
    }

    @PostMapping(UploadLimits.IMPORTS + "/{id}/mapping")
    String mapping(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> headerOf = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("column.") && value != null && !value.isBlank()) {
                headerOf.put(name.substring("column.".length()), value);
            }
        });
        jobs.saveMapping(id, headerOf);
        redirect.addFlashAttribute("message", "transfer.import.mappingSaved");
        return "redirect:" + UploadLimits.IMPORTS + "/" + id;
    }

    @GetMapping(UploadLimits.IMPORTS + "/{id}/report.csv")
    void report(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        jobs.get(id);
        Download.stream(response, "import-" + id + "-report", ExportFormat.CSV);
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(
                    text("transfer.report.row", locale),
                    text("transfer.report.outcome", locale),
                    text("transfer.report.messages", locale));
            jobs.eachReportLine(id, line -> {
                try {
                    csv.printRecord(
                            line.row(),
                            text("transfer.outcome." + line.outcome(), locale),
                            CellSafety.neutralise(translate(line.messages(), locale)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    record Line(long row, String outcome, String messages) {}

    /** The report is read (and, for some kinds, its reading audited) only once the job has stopped running. */
    private List<Line> reportOf(ImportJob job) {
        return job.status().running() ? List.of() : lines(job.id(), SHOWN_REPORT_LINES);
    }

    private List<Line> lines(long id, int limit) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return jobs.report(id, limit).stream()
                .map(l -> new Line(l.row(), l.outcome(), translate(l.messages(), locale)))
                .toList();
    }

    private String translate(String stored, Locale locale) {
        if (stored == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : stored.split("\n")) {
            String[] parts = line.split("\\|", -1);
            if (parts.length < 2) {
                continue;
            }
            Object[] args = java.util.Arrays.stream(parts, 2, parts.length)
                    .map(arg -> column(arg, locale))
                    .toArray();
            if (!out.isEmpty()) {
                out.append(" ; ");
            }
            if (!parts[0].isEmpty()) {
                out.append(column(parts[0], locale)).append(" : ");
            }
            out.append(messages.getMessage(parts[1], args, parts[1], locale));
        }
        return out.toString();
    }

    /** A column id ({@code birth_date}) as the reader names it; any other value unchanged. */
    private String column(String value, Locale locale) {
        return COLUMN_ID.matcher(value).matches()
                ? messages.getMessage("transfer.column." + value, null, value, locale)
                : value;
    }

    private static final java.util.regex.Pattern COLUMN_ID = java.util.regex.Pattern.compile("[a-z][a-z_]{1,40}");

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private List<ImportKind> checkMayImport() {
        List<ImportKind> kinds = jobs.kinds();
        if (kinds.isEmpty()) {
            throw new AccessDeniedException("no import for this role");
        }
        return kinds;
    }
}
