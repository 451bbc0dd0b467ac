package ma.hirfa.registry.artisan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Numbers the register's rules depend on. Law 50.17 fixes the years of practice; the card's validity is
 * not public (FACTS.md §1.3), so it is a setting too ({@code hirfa.registry.card-validity-years}, read
 * where cards are issued).
 */
@ConfigurationProperties("hirfa.registry")
public record RegistryRules(
        @DefaultValue("15") int minimumAge,
        @DefaultValue("3") int artisanExperienceYears,
        @DefaultValue("10") int masterExperienceYears) {

    int requiredExperience(Category category) {
        return category == Category.MASTER_ARTISAN ? masterExperienceYears : artisanExperienceYears;
    }
}
