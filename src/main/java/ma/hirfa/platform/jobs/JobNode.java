package ma.hirfa.platform.jobs;

import java.net.InetAddress;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** This node's name in claims and leases: the host name and a random suffix, new at every start. */
@Component
public class JobNode {

    private final String name = host() + "/" + UUID.randomUUID().toString().substring(0, 8);

    public String name() {
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }
}
