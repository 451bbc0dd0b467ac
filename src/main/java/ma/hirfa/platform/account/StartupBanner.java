package ma.hirfa.platform.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where Hirfa listens and, with demo data, who can sign in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final boolean demo;

    StartupBanner(@Value("${hirfa.demo}") boolean demo) {
        this.demo = demo;
    }

    @EventListener
    void on(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
        if (port == null) {
            return;
        }
        StringBuilder banner = new StringBuilder("\n\n  Hirfa is ready: http://localhost:")
                .append(port)
                .append('\n');
        if (demo) {
            banner.append("  Demo logins (password ")
                    .append(DemoAccounts.PASSWORD)
                    .append("):\n");
            DemoAccounts.ACCOUNTS.forEach(a -> banner.append(String.format(
                    "    %-14s %-17s %s%n",
                    a.username(), a.role(), a.regionCode() == null ? "national" : "region " + a.regionCode())));
        }
        log.info(banner.toString());
    }
}
