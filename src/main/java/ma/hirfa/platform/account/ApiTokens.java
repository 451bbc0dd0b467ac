package ma.hirfa.platform.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import ma.hirfa.platform.AuditTrail;
import ma.hirfa.platform.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists, revokes and checks personal API tokens ({@code Authorization: Bearer hirfa_...}). */
@Service
public class ApiTokens {

    private static final String PREFIX = "hirfa_";
    private static final Duration USE_RECORDING_GRANULARITY = Duration.ofMinutes(5);

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token and returns its secret, which cannot be shown again. */
    @Transactional
    public String issue(long userId, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String raw = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved =
                tokens.save(new ApiToken(null, userId, name.strip(), digest(raw), clock.instant(), null, false));
        audit.created("ApiToken", saved.id(), null, new TokenSnapshot(userId, saved.name(), false));
        return raw;
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.userId() == userId)
                .orElseThrow(() -> Refusal.notFound("ApiToken", tokenId));
        tokens.save(token.revoke());
        audit.updated(
                "ApiToken",
                tokenId,
                null,
                new TokenSnapshot(userId, token.name(), token.revoked()),
                new TokenSnapshot(userId, token.name(), true));
    }

    List<ApiToken> of(long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    /** The account a presented token belongs to, if the token is known and not revoked. */
    @Transactional
    public Optional<UserAccount> authenticate(String raw) {
        if (raw == null || !raw.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedFalse(digest(raw)).flatMap(token -> {
            if (token.lastUsedAt() == null
                    || token.lastUsedAt().plus(USE_RECORDING_GRANULARITY).isBefore(clock.instant())) {
                tokens.save(token.usedAt(clock.instant()));
            }
            return accounts.findById(token.userId());
        });
    }

    private static String digest(String raw) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    record TokenSnapshot(long userId, String name, boolean revoked) {}
}
