package ma.hirfa.registry.artisan;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import ma.hirfa.platform.transfer.ExportFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The artisan list (page and API filters) as a CSV or XLSX file, scoped and audited. */
@Controller
class ArtisanListExportController {

    private final ArtisanExport export;

    ArtisanListExportController(ArtisanExport export) {
        this.export = export;
    }

    @GetMapping({"/registry/artisans/export", "/api/v1/registry/artisans/export"})
    void export(
            @ModelAttribute ArtisanSearch search,
            @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response)
            throws IOException {
        ExportFormat chosen = ExportFormat.of(format)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST));
        response.setContentType(chosen.contentType());
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"artisans-" + LocalDate.now() + "." + chosen.extension() + "\"");
        export.search(search, chosen, response.getOutputStream());
    }
}
