package ma.hirfa.coverage.fund;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.transfer.Download;
import ma.hirfa.platform.transfer.ExportFormat;
import ma.hirfa.registry.artisan.ArtisanProfile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reconciliation page and the list of registered artisans not enrolled, as a file for the fund. */
@Controller
@PreAuthorize("hasAnyRole('COVERAGE_OFFICER', 'ADMIN')")
class ReconciliationController {

    private final Reconciliation reconciliation;
    private final FormPages forms;

    ReconciliationController(Reconciliation reconciliation, FormPages forms) {
        this.reconciliation = reconciliation;
        this.forms = forms;
    }

    @PostMapping("/coverage/reconciliation/lines/{id}/accept")
    String accept(@PathVariable long id, Locale locale, RedirectAttributes flash) {
        return forms.redirect(
                "/coverage/reconciliation", locale, flash, () -> reconciliation.accept(id), "coverage.fund.accepted");
    }

    @PostMapping("/coverage/reconciliation/lines/{id}/dismiss")
    String dismiss(@PathVariable long id, Locale locale, RedirectAttributes flash) {
        return forms.redirect(
                "/coverage/reconciliation", locale, flash, () -> reconciliation.dismiss(id), "coverage.fund.dismissed");
    }

    @GetMapping("/coverage/reconciliation")
    String show(Model model) {
        model.addAttribute("unknown", reconciliation.unknown());
        model.addAttribute("namesDisagree", reconciliation.namesDisagree());
        model.addAttribute("notEnrolled", reconciliation.notEnrolled());
        model.addAttribute("early", reconciliation.paymentsBeforeEnrolment());
        return "coverage/reconciliation";
    }

    /** Same columns as the enrolments file (docs/formats/coverage-fund-files.md), regime and dates left empty. */
    @GetMapping("/coverage/reconciliation/not-enrolled.csv")
    ResponseEntity<byte[]> notEnrolled() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "national_id",
                                "last_name",
                                "first_name",
                                "birth_date",
                                "province_code",
                                "craft_code",
                                "registration_number")
                        .get())) {
            for (ArtisanProfile a : reconciliation.notEnrolled()) {
                csv.printRecord(
                        a.nationalId(),
                        a.lastNameLat() != null ? a.lastNameLat() : a.lastNameAr(),
                        a.firstNameLat() != null ? a.firstNameLat() : a.firstNameAr(),
                        a.birthDate(),
                        a.provinceCode(),
                        a.craftCode(),
                        a.registrationNumber());
            }
        }
        return Download.attachment(
                "hirfa-registered-not-enrolled.csv",
                Download.mediaType(ExportFormat.CSV),
                out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
