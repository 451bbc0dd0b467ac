package ma.hirfa;

import ma.hirfa.matching.MatchingCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HirfaApplication {

    public static void main(String[] args) {
        // command-line tools (match, generate) run without the web application
        if (MatchingCommands.handles(args)) {
            System.exit(MatchingCommands.run(args, System.out, System.err));
        }
        SpringApplication.run(HirfaApplication.class, args);
    }
}
