package ma.hirfa.registry.document;

import java.nio.charset.StandardCharsets;
import ma.hirfa.platform.Refusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The documents section of an artisan's file: add, download, remove; each back to the file with a message. */
@Controller
class SupportingDocumentController {

    private final SupportingDocuments documents;

    SupportingDocumentController(SupportingDocuments documents) {
        this.documents = documents;
    }

    @PostMapping("/registry/artisans/{id}/documents")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        try {
            documents.upload(id, kind, file);
            redirect.addFlashAttribute("message", "registry.document.uploaded");
        } catch (Refusal e) {
            if (e.recordMissing()) {
                throw e; // another region's file: the 404 page, as for every other request about it
            }
            // shown next to the upload form, not on top of the long page
            refused(redirect, e.key(), e.arguments().length == 0 ? null : String.valueOf(e.arguments()[0]));
            redirect.addFlashAttribute("documentKind", kind);
        }
        return backTo(id);
    }

    @GetMapping("/registry/artisans/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return asAttachment(documents.download(id, documentId));
    }

    @PostMapping("/registry/artisans/{id}/documents/{documentId}/delete")
    String delete(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
        documents.delete(id, documentId);
        redirect.addFlashAttribute("message", "registry.document.deleted");
        return backTo(id);
    }

    /** Shown next to the upload form of the file page. */
    static void refused(RedirectAttributes redirect, String messageKey, String argument) {
        redirect.addFlashAttribute("documentError", messageKey);
        redirect.addFlashAttribute("documentErrorArg", argument);
    }

    static String backTo(long id) {
        return "redirect:/registry/artisans/" + id + "#documents";
    }

    /** Always a download, never shown inline: the browser must not render what a user uploaded. */
    static ResponseEntity<byte[]> asAttachment(SupportingDocumentFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }
}
