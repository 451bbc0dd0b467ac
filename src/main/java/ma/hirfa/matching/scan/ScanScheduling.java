package ma.hirfa.matching.scan;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The scan worker polls the database for queued scans. */
@Configuration
@EnableScheduling
class ScanScheduling {}
