package ma.hirfa.platform.transfer;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Import jobs are polled from the database by every node. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TransferConfiguration {}
