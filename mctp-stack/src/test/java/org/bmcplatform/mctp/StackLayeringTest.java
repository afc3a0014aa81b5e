package org.bmcplatform.mctp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The stack's building blocks know nothing of the stack that assembles them (STYLE.md rules 5, 25). */
class StackLayeringTest {
    private static final JavaClasses CLASSES = importMainClasses();

    /** Imports only the module's own main classes (scanning every jar on the test classpath is slow). */
    private static JavaClasses importMainClasses() {
        try {
            Path main = Path.of(MctpStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(main);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void packetAssemblyTagRouteLoopbackAndCaptureDoNotUseTheStack() {
        noClasses().that().resideInAnyPackage("..mctp.packet..", "..mctp.assembly..", "..mctp.tag..", "..mctp.route..",
                        "..mctp.binding.loopback..", "..mctp.capture..")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("MctpStack")
                .orShould().dependOnClassesThat().haveSimpleName("StackInterface")
                .orShould().dependOnClassesThat().haveSimpleName("Exchanges")
                .orShould().dependOnClassesThat().haveSimpleName("ReceivePath")
                .check(CLASSES);
    }

    @Test
    void packetLayerDoesNotKnowMessagesOrBindingsFraming() {
        noClasses().that().resideInAPackage("..mctp.packet..")
                .should().dependOnClassesThat().resideInAnyPackage("..mctp.assembly..", "..mctp.tag..", "..mctp.route..",
                        "..mctp.binding.smbus..", "..mctp.binding.serial..", "..mctp.binding.loopback..")
                .check(CLASSES);
    }

    @Test
    void noSpringInTheStack() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(CLASSES);
    }
}
