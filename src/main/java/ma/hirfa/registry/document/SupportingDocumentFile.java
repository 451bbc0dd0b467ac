package ma.hirfa.registry.document;

/** The bytes of a supporting document, with what a download needs to name and type them. */
record SupportingDocumentFile(String fileName, String contentType, byte[] content) {}
