package ma.hirfa.registry.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import ma.hirfa.platform.Acting;
import ma.hirfa.platform.CurrentUser;
import ma.hirfa.platform.Refusal;
import ma.hirfa.platform.Role;
import ma.hirfa.registry.artisan.Artisan;
import ma.hirfa.registry.artisan.ArtisanService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Supporting documents of an artisan's file: whoever may open the file may list and download them; agents
 * and reviewers of its region add and remove them. Every change goes through the audit trail.
 */
@Service
public class SupportingDocuments {

    static final String ENTITY = "SupportingDocument";

    private final ArtisanService files;
    private final SupportingDocumentRepository documents;
    private final SupportingDocumentRules rules;
    private final Acting acting;

    SupportingDocuments(
            ArtisanService files,
            SupportingDocumentRepository documents,
            SupportingDocumentRules rules,
            Acting acting) {
        this.files = files;
        this.documents = documents;
        this.rules = rules;
        this.acting = acting;
    }

    /** The documents of a file the caller may see (404 otherwise), newest first. */
    @Transactional(readOnly = true)
    List<SupportingDocument> list(long artisanId) {
        return of(files.get(artisanId)).documents();
    }

    /** What the file page shows, for a file already opened within the caller's scope. */
    @Transactional(readOnly = true)
    public SupportingDocumentList of(Artisan file) {
        return new SupportingDocumentList(documents.ofArtisan(file.id()), rules.maxMegabytes());
    }

    /** The kinds of document a file holds ({@code NATIONAL_ID_COPY}, {@code DIPLOMA}...), for an approval's checklist. */
    @Transactional(readOnly = true)
    public java.util.Set<String> kindsOf(long artisanId) {
        return documents.ofArtisan(artisanId).stream()
                .map(d -> d.kind().name())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Transactional
    SupportingDocument upload(long artisanId, String kind, MultipartFile upload) {
        Artisan file = files.get(artisanId);
        CurrentUser user = checkMayWrite();
        SupportingDocumentKind checkedKind = rules.kind(kind);
        rules.checkSize(upload == null ? 0 : upload.getSize());
        byte[] content = bytes(upload);
        SupportingDocumentType type =
                rules.checkContent(upload.getOriginalFilename(), upload.getContentType(), content);
        SupportingDocument saved = documents.insert(
                new SupportingDocument(
                        null,
                        file.id(),
                        file.regionCode(),
                        checkedKind,
                        SupportingDocumentRules.cleanName(upload.getOriginalFilename(), type),
                        type.mediaType(),
                        content.length,
                        sha256(content),
                        user.username(),
                        acting.now()),
                content);
        acting.audit().created(ENTITY, saved.id(), file.regionCode(), saved.snapshot());
        return saved;
    }

    @Transactional(readOnly = true)
    SupportingDocumentFile download(long artisanId, long documentId) {
        Artisan file = files.get(artisanId);
        return documents.file(file.id(), documentId).orElseThrow(() -> Refusal.notFound(ENTITY, documentId));
    }

    @Transactional
    void delete(long artisanId, long documentId) {
        Artisan file = files.get(artisanId);
        checkMayWrite();
        SupportingDocument document =
                documents.find(file.id(), documentId).orElseThrow(() -> Refusal.notFound(ENTITY, documentId));
        documents.delete(file.id(), documentId);
        acting.audit().deleted(ENTITY, documentId, file.regionCode(), document.snapshot());
    }

    private CurrentUser checkMayWrite() {
        CurrentUser user = acting.user();
        if (!user.hasRole(Role.ADMIN, Role.CHAMBER_MANAGER, Role.CHAMBER_AGENT, Role.FIELD_AGENT)) {
            throw new AccessDeniedException("read-only role");
        }
        return user;
    }

    private static byte[] bytes(MultipartFile upload) {
        try {
            return upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
