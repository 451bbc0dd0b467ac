package ma.hirfa.registry.document;

import java.util.List;

/** The documents section of a file page: the documents, the kinds to choose from and the size limit. */
record SupportingDocumentList(List<SupportingDocument> documents, String maxMegabytes) {

    public SupportingDocumentKind[] kinds() {
        return SupportingDocumentKind.values();
    }
}
