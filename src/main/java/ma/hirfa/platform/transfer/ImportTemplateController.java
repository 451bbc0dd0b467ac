package ma.hirfa.platform.transfer;

import java.util.List;
import ma.hirfa.platform.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An empty file of each import kind, to fill in: the header row holds the canonical column ids
 * ({@code national_id}), the ones the import recognises without a column mapping, whatever the language of the
 * person who downloads it (ADR 0037); the page lists each column's meaning in the reader's language.
 */
@Controller
class ImportTemplateController {

    private final ImportJobs jobs;

    ImportTemplateController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping(UploadLimits.IMPORTS + "/templates/{kind}.{format:csv|xlsx}")
    ResponseEntity<byte[]> template(@PathVariable String kind, @PathVariable String format) {
        ImportKind chosen = jobs.kinds().stream()
                .filter(k -> k.id().equals(kind))
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("ImportKind", kind));
        List<String> headers = chosen.columns().stream().map(ImportColumn::id).toList();
        return Download.table(
                "hirfa-" + chosen.id() + "-template", ExportFormat.of(format).orElseThrow(), headers, List.of());
    }
}
