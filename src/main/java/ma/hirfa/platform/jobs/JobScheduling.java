package ma.hirfa.platform.jobs;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The job worker and scheduled platform work (event retries) run on Spring's scheduler, switched on once here. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobScheduling {}
