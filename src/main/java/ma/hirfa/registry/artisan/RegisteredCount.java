package ma.hirfa.registry.artisan;

import org.springframework.modulith.NamedInterface;

/** How many registered artisans a province counts in a craft (dashboards of other modules). */
@NamedInterface("artisans")
public record RegisteredCount(String provinceCode, String craftCode, long count) {}
