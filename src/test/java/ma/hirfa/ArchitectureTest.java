package ma.hirfa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    private static final JavaClasses HIRFA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ma.hirfa");

    @Test
    void controllersAreNotPartOfAnyModuleApi() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(HIRFA);
    }

    @Test
    void packagesAreFeaturesNotLayers() {
        noClasses()
                .should()
                .resideInAnyPackage("..service..", "..dto..", "..web..", "..controller..", "..repository..")
                .check(HIRFA);
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        noFields().should().beAnnotatedWith(Autowired.class).check(HIRFA);
    }

    /**
     * The audit of a transaction is chained last before it commits, and the chain's head stays locked from then
     * to the commit (ADR 0063): work done in the commit itself runs before, not under that lock.
     */
    @Test
    void workInTheCommitComesBeforeTheAudit() {
        methods()
                .that()
                .areAnnotatedWith(TransactionalEventListener.class)
                .and(DescribedPredicate.describe(
                        "listen before the commit",
                        (JavaMethod method) -> method.getAnnotationOfType(TransactionalEventListener.class)
                                        .phase()
                                == TransactionPhase.BEFORE_COMMIT))
                .should(ArchCondition.from(DescribedPredicate.describe(
                        "be ordered before the audit (@Order(AuditTrail.BEFORE_THE_AUDIT))",
                        (JavaMethod method) -> method.tryGetAnnotationOfType(Order.class)
                                .map(order -> order.value() < Ordered.LOWEST_PRECEDENCE)
                                .orElse(false))))
                .check(HIRFA);
    }

    @Test
    void thereAreNoUtilsDumps() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Utils")
                .should()
                .notBeTopLevelClasses()
                .allowEmptyShould(true)
                .check(HIRFA);
    }
}
