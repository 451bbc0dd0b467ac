package ma.hirfa.platform.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints where Hirfa listens and, with demo data, who can sign in; warns loudly when a real deployment still
 * prints {@code localhost} links in the QR codes of cards and certificates.
 */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final boolean demo;
    private final String publicUrl;

    StartupBanner(@Value("${hirfa.demo}") boolean demo, @Value("${hirfa.public-url}") String publicUrl) {
        this.demo = demo;
        this.publicUrl = publicUrl;
    }

    /** Outside the demo, at start (before the port is known, so a failed start still says it). */
    @EventListener
    void on(org.springframework.boot.context.event.ApplicationStartedEvent event) {
        if (!demo && pointsToThisMachine(publicUrl)) {
            log.warn(
                    "\n\n  !!! HIRFA_PUBLIC_URL is {}: every card and certificate printed now carries a QR code that"
                            + " nobody else can open.\n  !!! Set HIRFA_PUBLIC_URL to the public https address of"
                            + " this service (README, production section).\n",
                    publicUrl);
        }
    }

    static boolean pointsToThisMachine(String url) {
        String host;
        try {
            host = java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException malformed) {
            return true;
        }
        if (host == null) {
            return true;
        }
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost")
                || h.endsWith(".localhost")
                || h.startsWith("127.")
                || h.equals("[::1]")
                || h.equals("0.0.0.0");
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
