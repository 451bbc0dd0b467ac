package ma.hirfa.registry.artisan;

import org.springframework.modulith.NamedInterface;

/** Actor categories of Law 50.17 (art. 6) for natural persons. */
@NamedInterface("artisans")
public enum Category {
    ARTISAN,
    MASTER_ARTISAN
}
