package org.bmcplatform.sim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** STYLE.md rules 1-5 and 11 for device-sim. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bmcplatform.sim");

    @Test
    void simulatorImportsNoSpringAndNothingOfTheApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bmcplatform.app..")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.bmcplatform.sim.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noHelperOrManagerNames() {
        noClasses().should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Impl").check(CLASSES);
    }
}
