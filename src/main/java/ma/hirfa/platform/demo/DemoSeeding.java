package ma.hirfa.platform.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.hirfa.platform.DemoStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo, unless HIRFA_DEMO=false: every module's {@link DemoStep} in the order below, on the one node
 * that claims the database (ADR 0031); a node that loses the claim waits until the winner has finished, so its
 * first page already shows the demo.
 */
@Component
@Order(10) // after the administrator account (AccountBootstrap), before the identity index backfill
class DemoSeeding implements ApplicationRunner {

    /** Each step reads what the ones before it wrote: organisations, coverage and training need artisans. */
    static final List<String> ORDER = List.of(
            "accounts",
            "artisans",
            "organisations",
            "coverage",
            "training",
            "infrastructure",
            "infrastructure-units",
            "infrastructure-call");

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeding.class);

    private final Map<String, DemoStep> steps;
    private final DemoClaim claim;
    private final boolean demo;
    private final Duration patience;

    DemoSeeding(
            List<DemoStep> steps,
            DemoClaim claim,
            @Value("${hirfa.demo}") boolean demo,
            @Value("${hirfa.demo.wait:PT10M}") Duration patience) {
        this.steps = steps.stream()
                .collect(Collectors.toMap(
                        DemoStep::name,
                        Function.identity(),
                        (a, b) -> {
                            throw new IllegalStateException("Two demo steps named " + a.name());
                        },
                        LinkedHashMap::new));
        List<String> unordered = this.steps.keySet().stream()
                .filter(name -> !ORDER.contains(name))
                .toList();
        if (!unordered.isEmpty()) {
            throw new IllegalStateException("Demo steps " + unordered + " have no place in DemoSeeding.ORDER");
        }
        this.claim = claim;
        this.demo = demo;
        this.patience = patience;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (demo) {
            seed();
        }
    }

    /** Seeds once per database: true when this call wrote the demo, false when another node or call had. */
    boolean seed() throws InterruptedException {
        if (!claim.claim()) {
            if (!claim.awaitFinished(patience)) {
                LOG.warn(
                        "Another node claimed the demo seeding {} ago and has not finished; starting without it",
                        patience);
            }
            return false;
        }
        try {
            for (String name : ORDER) {
                DemoStep step = steps.get(name);
                if (step != null) {
                    step.seed();
                }
            }
        } catch (RuntimeException failed) {
            // Let the next start try again; the steps skip what this attempt already wrote.
            claim.release();
            throw failed;
        }
        claim.finish();
        return true;
    }
}
