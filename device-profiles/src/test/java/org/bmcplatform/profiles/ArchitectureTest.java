package org.bmcplatform.profiles;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** STYLE.md rules 2, 5, 11: device-profiles imports only mctp-stack (and SnakeYAML); codecs do not know profiles. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bmcplatform.profiles");

    @Test
    void noSpringNoSimulatorNoApp() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.bmcplatform.sim..", "org.bmcplatform.app..")
                .check(MAIN);
    }

    @Test
    void codecsDoNotDependOnProfiles() {
        noClasses().that().resideInAnyPackage("..profiles.nvmemi..", "..profiles.ipmifru..", "..profiles.pldm..", "..profiles.ncsi..")
                .should().dependOnClassesThat().resideInAPackage("..profiles.profile..")
                .check(MAIN);
    }

    @Test
    void onlyTheProfilePackageReadsYaml() {
        noClasses().that().resideOutsideOfPackage("..profiles.profile..")
                .should().dependOnClassesThat().resideInAPackage("org.yaml..")
                .check(MAIN);
    }

    @Test
    void noHelperOrManagerNames() {
        classes().should().haveSimpleNameNotEndingWith("Helper").andShould().haveSimpleNameNotEndingWith("Manager")
                .andShould().haveSimpleNameNotEndingWith("Impl").check(MAIN);
    }
}
