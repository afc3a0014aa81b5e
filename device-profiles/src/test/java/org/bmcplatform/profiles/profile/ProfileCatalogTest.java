package org.bmcplatform.profiles.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bmcplatform.mctp.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCatalogTest {
    private static final EndpointFacts NVME = EndpointFacts.of(Set.of(MessageType.CONTROL, MessageType.NVME_MI));

    @TempDir
    Path dir;

    @Test
    void builtInsLoadFromTheIndex() {
        ProfileCatalog catalog = ProfileCatalog.builtIn();
        assertThat(catalog.all()).extracting(DeviceProfile::id).containsExactly("hba/pldm-io-controller", "nic/broadcom-bcm57xxx",
                "nic/ncsi-nic", "nic/ncsi-only-nic", "nic/nvidia-connectx", "nvme/acme-ssd", "nvme/basic-management",
                "nvme/generic-nvme-mi", "nvme/globex-gx7", "pldm/terminus");
        DeviceProfile generic = catalog.find("nvme/generic-nvme-mi").orElseThrow();
        assertThat(generic.componentClass()).isEqualTo(ComponentClass.DRIVE);
        assertThat(generic.pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(generic.sensors()).extracting(SensorSpec::name).containsExactly("temperature", "percentageUsed", "criticalWarnings");
        assertThat(generic.sensors()).extracting(SensorSpec::unit).containsExactly("Cel", "%", "1");
        assertThat(generic.identification()).contains(IdentificationStep.IDENTIFY_CONTROLLER, IdentificationStep.VPD_READ);
        assertThat(generic.quirks()).isEmpty();
        assertThat(generic.source()).isEqualTo("classpath:profiles/nvme/generic-nvme-mi.yaml");
        assertThat(catalog.find("nvme/acme-ssd").orElseThrow().has(Quirk.IDENTIFY_CNTID_ZERO)).isTrue();
    }

    @Test
    void messageTypesAloneMatchTheGenericDrive() {
        assertThat(ProfileCatalog.builtIn().match(NVME)).map(DeviceProfile::id).contains("nvme/generic-nvme-mi");
    }

    @Test
    void endpointWithNeitherNvmeMiNorPldmMatchesNothing() {
        assertThat(ProfileCatalog.builtIn().match(EndpointFacts.of(Set.of(MessageType.CONTROL, MessageType.VENDOR_PCI))))
                .isEmpty();
    }

    @Test
    void vendorIdSelectsTheMoreSpecificVendorProfile() {
        EndpointFacts acme = new EndpointFacts(NVME.messageTypes(), Map.of("vendorId", "0x1d0f"));
        EndpointFacts other = new EndpointFacts(NVME.messageTypes(), Map.of("vendorId", "0x144d"));
        assertThat(ProfileCatalog.builtIn().match(acme)).map(DeviceProfile::id).contains("nvme/acme-ssd");
        assertThat(ProfileCatalog.builtIn().match(other)).map(DeviceProfile::id).contains("nvme/generic-nvme-mi");
    }

    @Test
    void userDirectoryOverridesSameIdAndAddsNewIds() throws IOException {
        Files.writeString(dir.resolve("generic.yaml"), """
                id: nvme/generic-nvme-mi
                name: Site generic drive
                class: drive
                match:
                  message-types: [nvme-mi]
                poll-interval: 5s
                """);
        Files.createDirectories(dir.resolve("vendors"));
        Files.writeString(dir.resolve("vendors/globex.yml"), """
                id: nvme/globex
                name: Globex drive
                class: drive
                match:
                  message-types: [nvme-mi]
                  model: "GLOBEX .*"
                """);
        LoadResult result = ProfileCatalog.load(List.of(dir));
        assertThat(result.errors()).isEmpty();
        ProfileCatalog catalog = result.catalog();
        assertThat(catalog.all()).extracting(DeviceProfile::id).containsExactly("hba/pldm-io-controller", "nic/broadcom-bcm57xxx",
                "nic/ncsi-nic", "nic/ncsi-only-nic", "nic/nvidia-connectx", "nvme/acme-ssd", "nvme/basic-management",
                "nvme/generic-nvme-mi", "nvme/globex", "nvme/globex-gx7",
                "pldm/terminus");
        assertThat(catalog.find("nvme/generic-nvme-mi").orElseThrow().pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(catalog.match(new EndpointFacts(NVME.messageTypes(), Map.of("model", "GLOBEX G1"))))
                .map(DeviceProfile::id).contains("nvme/globex");
    }

    @Test
    void badFileIsRejectedWithLineAndFieldAndTheOthersStillLoad() throws IOException {
        Files.writeString(dir.resolve("a-bad.yaml"), """
                id: nvme/bad
                name: Bad
                class: drive
                match:
                  message-types: [nvme-mi]
                sensors:
                  - name: temperature
                    source: health.composite-temperature
                    unit: Cel
                    interval: soon
                """);
        Files.writeString(dir.resolve("b-good.yaml"), """
                id: nvme/good
                name: Good
                class: drive
                match: {message-types: [nvme-mi]}
                """);
        LoadResult result = ProfileCatalog.load(List.of(dir));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(dir.resolve("a-bad.yaml"));
            assertThat(e.line()).isEqualTo(10);
            assertThat(e.field()).isEqualTo("sensors[0].interval");
            assertThat(e.message()).contains("soon");
        });
        assertThat(result.catalog().find("nvme/good")).isPresent();
        assertThat(result.catalog().find("nvme/bad")).isEmpty();
        assertThat(result.catalog().find("nvme/generic-nvme-mi")).isPresent();
    }

    @Test
    void missingDirectoryIsReportedNotFatal() {
        LoadResult result = ProfileCatalog.load(List.of(dir.resolve("absent")));
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("(directory)"));
        assertThat(result.catalog().all()).hasSize(10);
    }
}
