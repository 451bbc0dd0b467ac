package ma.hirfa.platform;

import java.time.Instant;

/** A public key that verifies tokens, as published at /verify/keys. */
public record PublishedKey(String kid, String algorithm, String publicKey, Instant createdAt, boolean active) {}
