package ma.hirfa.calls;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ma.hirfa.platform.Refusal;
import org.springframework.stereotype.Component;

/** The {@link CallOffering} beans of the modules that offer things through calls, by kind. */
@Component
class Offerings {

    private final Map<String, CallOffering> byKind = new TreeMap<>();

    Offerings(List<CallOffering> offerings) {
        offerings.forEach(o -> byKind.put(o.kind(), o));
    }

    CallOffering of(String kind) {
        CallOffering offering = byKind.get(kind);
        if (offering == null) {
            throw Refusal.invalid().field("kind", "calls.call.kindUnknown", kind);
        }
        return offering;
    }

    Set<String> kinds() {
        return byKind.keySet();
    }
}
