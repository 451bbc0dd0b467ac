package ma.hirfa.registry.artisan;

import org.springframework.modulith.NamedInterface;

@NamedInterface("artisans")
public enum Sex {
    F,
    M
}
