package ma.hirfa.registry.artisan;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import ma.hirfa.platform.transfer.Download;
import ma.hirfa.platform.transfer.ExportFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The artisan list (page and API filters) as a CSV or XLSX file, scoped and audited. */
@Controller
class ArtisanListExportController {

    private final ArtisanExport export;
    private final org.springframework.context.MessageSource messages;

    ArtisanListExportController(ArtisanExport export, org.springframework.context.MessageSource messages) {
        this.export = export;
        this.messages = messages;
    }

    /**
     * The format asked for, or a translated 400 written straight away (an error page would be re-dispatched,
     * where an API client authenticated per request is no longer known).
     */
    private java.util.Optional<ExportFormat> format(
            String format, java.util.Locale locale, HttpServletResponse response) throws IOException {
        java.util.Optional<ExportFormat> chosen = ExportFormat.of(format);
        if (chosen.isEmpty()) {
            response.setStatus(400);
            response.setContentType("application/problem+json;charset=UTF-8");
            String detail = messages.getMessage("registry.export.badFormat", null, locale)
                    .replace("\\", "\\\\")
                    .replace("\"", "\\\"");
            response.getWriter().write("{\"status\":400,\"title\":\"Bad Request\",\"detail\":\"" + detail + "\"}");
        }
        return chosen;
    }

    @GetMapping({"/registry/artisans/export", "/api/v1/registry/artisans/export"})
    void export(
            @ModelAttribute ArtisanSearch search,
            @RequestParam(defaultValue = "csv") String format,
            java.util.Locale locale,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = format(format, locale, response).orElse(null);
        if (chosen == null) {
            return;
        }
        Download.stream(response, "artisans-" + LocalDate.now(), chosen);
        export.search(search, chosen, response.getOutputStream());
    }

    @GetMapping({"/registry/artisans/search/export", "/api/v1/registry/artisans/search/export"})
    @io.swagger.v3.oas.annotations.Operation(
            tags = "Register",
            summary = "The one-box search's results as CSV or XLSX, best first, with match_score and match_reasons",
            description = "Same q as /api/v1/registry/artisans/search, at most 100 files, within the caller's"
                    + " region; cells a spreadsheet would run as formulas are neutralised; audited.")
    void exportSearch(
            @RequestParam String q,
            @RequestParam(defaultValue = "csv") String format,
            java.util.Locale locale,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = format(format, locale, response).orElse(null);
        if (chosen == null) {
            return;
        }
        Download.stream(response, "artisans-search-" + LocalDate.now(), chosen);
        export.identitySearch(q, chosen, response.getOutputStream());
    }
}
