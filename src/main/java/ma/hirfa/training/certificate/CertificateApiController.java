package ma.hirfa.training.certificate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.transfer.Download;
import ma.hirfa.training.CertificateView;
import ma.hirfa.training.Certificates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/training/certificates/{id}")
@PreAuthorize("hasAnyRole('ADMIN', 'MINISTRY', 'CHAMBER_MANAGER', 'CHAMBER_AGENT', 'FIELD_AGENT')")
@Tag(name = "Training: certificates", description = "Training, apprenticeship and VAE certificates of the region")
class CertificateApiController {

    private final Certificates certificates;

    CertificateApiController(Certificates certificates) {
        this.certificates = certificates;
    }

    record ReasonRequest(String reason) {}

    @GetMapping(produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "The certificate as a PDF in Arabic and French with a Tamazight title line",
            description = "english=true adds an English part, for use abroad. With Accept: application/json, the"
                    + " certificate's data (number, holder, title, status, verification link) instead. 404 when"
                    + " unknown or of another region.")
    ResponseEntity<?> get(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean english,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        CertificateView view = find(id);
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
        }
        return Download.inline(view.number() + ".pdf", MediaType.APPLICATION_PDF, certificates.pdf(id, english));
    }

    @PostMapping("/revocation")
    @Operation(summary = "Revoke a valid certificate (reason required); /verify then says revoked")
    CertificateView revoke(@PathVariable long id, @RequestBody ReasonRequest request) {
        return certificates.revoke(id, request.reason());
    }

    @PostMapping("/reissue")
    @Operation(summary = "Reissue under a new number; the old certificate verifies as revoked")
    CertificateView reissue(@PathVariable long id) {
        return certificates.reissue(id);
    }

    private CertificateView find(long id) {
        return certificates.find(id).orElseThrow(() -> Refusal.notFound("Certificate", id));
    }
}
