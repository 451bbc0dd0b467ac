package ma.hirfa.training.certificate;

import java.util.Locale;
import ma.hirfa.platform.FormPages;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.transfer.Download;
import ma.hirfa.training.CertificateView;
import ma.hirfa.training.Certificates;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A certificate's page: its PDF (with English on request), verification link, revocation and reissue. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
class CertificateController {

    private final FormPages forms;
    private final Certificates certificates;

    CertificateController(Certificates certificates, FormPages forms) {
        this.forms = forms;
        this.certificates = certificates;
    }

    @GetMapping("/training/certificates/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("certificate", get(id));
        return "training/certificate/show";
    }

    @GetMapping("/training/certificates/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(defaultValue = "false") boolean english) {
        CertificateView view = get(id);
        return Download.inline(view.number() + ".pdf", MediaType.APPLICATION_PDF, certificates.pdf(id, english));
    }

    @PostMapping("/training/certificates/{id}/revocation")
    String revoke(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return forms.redirect(
                "/training/certificates/" + id,
                locale,
                redirect,
                () -> certificates.revoke(id, reason),
                "training.certificate.revoked");
    }

    @PostMapping("/training/certificates/{id}/reissue")
    String reissue(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        long[] next = {id};
        String back = forms.redirect("/training/certificates/" + id, locale, redirect, () -> {
            next[0] = certificates.reissue(id).id();
            return "training.certificate.reissued";
        });
        // reissued: the new certificate's page; refused: back to this one with the reason
        return next[0] == id ? back : "redirect:/training/certificates/" + next[0];
    }

    private CertificateView get(long id) {
        return certificates.find(id).orElseThrow(() -> Refusal.notFound("Certificate", id));
    }
}
