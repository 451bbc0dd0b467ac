package ma.hirfa.registry.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/registry/artisans/{id}/documents")
@Tag(name = "Register", description = "Artisans of the National Register, limited to the caller's region")
class SupportingDocumentApiController {

    private final SupportingDocuments documents;

    SupportingDocumentApiController(SupportingDocuments documents) {
        this.documents = documents;
    }

    @GetMapping
    @Operation(
            summary = "Supporting documents of a file, newest first; 404 when the file is outside the caller's region")
    List<SupportingDocument> list(@PathVariable long id) {
        return documents.list(id);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Add a supporting document (multipart: file, kind)",
            description = "kind: NATIONAL_ID_COPY, DIPLOMA, PRACTICE_CERTIFICATE, PHOTO or OTHER. PDF, JPEG or PNG,"
                    + " recognised by content; at most hirfa.registry.max-document-bytes (3 MB by default). 400 with a"
                    + " translated problem when empty, too large, of another format or when content and name disagree.")
    ResponseEntity<SupportingDocument> upload(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        SupportingDocument saved = documents.upload(id, kind, file);
        return ResponseEntity.created(URI.create("/api/v1/registry/artisans/" + id + "/documents/" + saved.id()))
                .body(saved);
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "The bytes of a supporting document, as an attachment with its content type")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        return SupportingDocumentController.asAttachment(documents.download(id, documentId));
    }

    @DeleteMapping("/{documentId}")
    @Operation(summary = "Remove a supporting document (agents and reviewers of the file's region)")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long documentId) {
        documents.delete(id, documentId);
        return ResponseEntity.noContent().build();
    }
}
