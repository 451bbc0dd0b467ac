package ma.hirfa.calls;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A module that offers five market stalls per owner through calls, for the tests of the calls module (the
 * infrastructure module offers units of complexes the same way). An owner whose id is {@link #IN_ARREARS} refuses
 * every applicant, as a module with its own rule would.
 */
@Component
class TestStalls implements CallOffering {

    static final String KIND = "test.stalls";
    static final long IN_ARREARS = 666;

    /** The final rankings announced to this module, as the infrastructure module will hear them. */
    static final List<CallResultsFinal> FINAL = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(CallResultsFinal event) {
        FINAL.add(event);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<OfferedItem> offerable(long ownerId) {
        return IntStream.rangeClosed(1, 5)
                .mapToObj(n -> new OfferedItem("S-" + n, "Stall " + n + " / دكان " + n))
                .toList();
    }

    @Override
    public String ownerName(long ownerId, Locale locale) {
        return "ar".equals(locale.getLanguage()) ? "سوق الاختبار " + ownerId : "Souk de test " + ownerId;
    }

    @Override
    public List<String> refusals(Applicant applicant, long ownerId) {
        return ownerId == IN_ARREARS ? List.of("calls.eligibility.notRegistered") : List.of();
    }
}
