/**
 * Cross-cutting platform: who the user is and which region they may see, the hash-chained audit trail,
 * languages, layout and error pages. Its API is this package: {@link ma.hirfa.platform.CurrentUsers},
 * {@link ma.hirfa.platform.RegionScope}, {@link ma.hirfa.platform.AuditTrail}. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
package ma.hirfa.platform;
