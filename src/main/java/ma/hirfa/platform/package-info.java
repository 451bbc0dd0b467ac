/**
 * Cross-cutting platform: who the user is and which region they may see, the hash-chained audit trail,
 * languages, layout and error pages. Its API is this package: {@link ma.hirfa.platform.CurrentUsers},
 * {@link ma.hirfa.platform.RegionScope}, {@link ma.hirfa.platform.AuditTrail}, and the signed tokens of printed
 * documents ({@link ma.hirfa.platform.SignedTokens}) with the public {@code /verify} page, to which modules
 * answer through {@link ma.hirfa.platform.VerificationSource}; and the value types every module's forms, imports
 * and APIs check with, {@link ma.hirfa.platform.NationalId} and {@link ma.hirfa.platform.PhoneNumber} (ADR 0030);
 * modules fill the menu through {@link ma.hirfa.platform.Navigation} and the home page's work queue through
 * {@link ma.hirfa.platform.WorkQueue} (ADR 0035).
 * Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
package ma.hirfa.platform;
