package ma.hirfa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
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
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that()
                .areAnnotatedWith(org.springframework.transaction.event.TransactionalEventListener.class)
                .and(
                        new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethod>(
                                "listen before the commit") {
                            @Override
                            public boolean test(com.tngtech.archunit.core.domain.JavaMethod method) {
                                return method.getAnnotationOfType(
                                                        org.springframework.transaction.event.TransactionalEventListener
                                                                .class)
                                                .phase()
                                        == org.springframework.transaction.event.TransactionPhase.BEFORE_COMMIT;
                            }
                        })
                .should(
                        new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                                "be ordered before the audit (@Order(AuditTrail.BEFORE_THE_AUDIT))") {
                            @Override
                            public void check(
                                    com.tngtech.archunit.core.domain.JavaMethod method,
                                    com.tngtech.archunit.lang.ConditionEvents events) {
                                boolean before = method.tryGetAnnotationOfType(
                                                org.springframework.core.annotation.Order.class)
                                        .map(order ->
                                                order.value() < org.springframework.core.Ordered.LOWEST_PRECEDENCE)
                                        .orElse(false);
                                if (!before) {
                                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                            method, method.getFullName() + " runs in the commit after the audit"));
                                }
                            }
                        })
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
