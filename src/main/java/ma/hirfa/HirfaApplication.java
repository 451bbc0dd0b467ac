package ma.hirfa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HirfaApplication {

    public static void main(String[] args) {
        SpringApplication.run(HirfaApplication.class, args);
    }
}
