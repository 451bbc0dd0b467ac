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
