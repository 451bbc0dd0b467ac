package ma.hirfa.support;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Points every test application at its own fresh database (see {@link TestDatabases}). */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

    static final String SHARED = "hirfa.test.shared-datasource";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(SHARED)) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("hirfaTestDatabase", TestDatabases.freshDatabase()));
    }
}
