package ma.hirfa.registry.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hirfa.platform.OversizedUploads;
import ma.hirfa.platform.Refusal;
import org.springframework.stereotype.Component;

/**
 * A supporting document above the upload limit is refused like any other refusal of a document: back to the
 * file with a message, or a translated 400 on the API.
 */
@Component
class SupportingDocumentUploadLimit implements OversizedUploads {

    private static final Pattern PAGE = Pattern.compile("/registry/artisans/(\\d{1,18})/documents/?");
    private static final Pattern API = Pattern.compile("/api/v1/registry/artisans/\\d+/documents/?");
    private static final String TOO_LARGE = "registry.document.tooLarge";

    private final SupportingDocumentRules rules;

    SupportingDocumentUploadLimit(SupportingDocumentRules rules) {
        this.rules = rules;
    }

    @Override
    public Optional<PageAnswer> onPage(String path) {
        Matcher page = PAGE.matcher(path);
        if (!page.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PageAnswer(
                SupportingDocumentController.backTo(Long.parseLong(page.group(1))),
                redirect -> SupportingDocumentController.refused(redirect, TOO_LARGE, rules.maxMegabytes())));
    }

    @Override
    public Optional<Refusal> onApi(String path) {
        return API.matcher(path).matches()
                ? Optional.of(Refusal.invalidField(SupportingDocumentRules.FILE, TOO_LARGE, rules.maxMegabytes()))
                : Optional.empty();
    }
}
