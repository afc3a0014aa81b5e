package org.bmcplatform.profiles.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.bmcplatform.mctp.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileReaderTest {
    private static final String HEAD = """
            id: test/drive
            name: Test drive
            class: drive
            match:
              message-types: [nvme-mi]
            """;

    private static DeviceProfile read(String yaml) {
        return ProfileReader.read(new StringReader(yaml), "test.yaml");
    }

    private static ProfileFormatException error(String yaml) {
        try {
            read(yaml);
        } catch (ProfileFormatException e) {
            return e;
        }
        throw new AssertionError("expected the profile to be rejected");
    }

    @Test
    void fullProfileReadsEverySection() {
        DeviceProfile p = read("""
                id: nvme/x
                name: X
                class: drive
                match:
                  message-types: [nvme-mi, 0x00]
                  vendor-id: 0x1D0F
                  model: "X-[0-9]+"
                  identity:
                    firmwareRevision: "2\\\\..*"
                identification: [identify-controller, vpd-read]
                vpd-chunk-size: 256
                poll-interval: 500ms
                sensors:
                  - name: temperature
                    source: health.composite-temperature
                    unit: K
                    offset: 273.15
                    interval: 2s
                health:
                  conditions:
                    media-read-only: critical
                  thresholds:
                    - sensor: temperature
                      critical: 350
                quirks: [identify-cntid-zero]
                """);
        assertThat(p.match().messageTypes()).containsExactlyInAnyOrder(MessageType.NVME_MI, MessageType.CONTROL);
        assertThat(p.match().matches(new EndpointFacts(Set.of(MessageType.NVME_MI, MessageType.CONTROL),
                Map.of("vendorId", "0x1d0f", "model", "X-12", "firmwareRevision", "2.1")))).isTrue();
        assertThat(p.match().matches(new EndpointFacts(Set.of(MessageType.NVME_MI, MessageType.CONTROL),
                Map.of("vendorId", "0x1d0f", "model", "X-12", "firmwareRevision", "1.9")))).isFalse();
        assertThat(p.identification()).containsExactly(IdentificationStep.IDENTIFY_CONTROLLER, IdentificationStep.VPD_READ);
        assertThat(p.vpdChunkSize()).isEqualTo(256);
        assertThat(p.pollInterval()).isEqualTo(Duration.ofMillis(500));
        SensorSpec t = p.sensors().get(0);
        assertThat(t.convert(42)).isEqualTo(315.15);
        assertThat(t.interval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.health().conditions()).containsEntry(HealthCondition.MEDIA_READ_ONLY, HealthStatus.CRITICAL);
        assertThat(p.health().thresholds()).containsExactly(new Threshold("temperature", OptionalDouble.empty(), OptionalDouble.of(350)));
        assertThat(p.quirks()).containsExactly("identify-cntid-zero");
    }

    @Test
    void sensorIntervalDefaultsToThePollInterval() {
        DeviceProfile p = read(HEAD + """
                poll-interval: PT3S
                sensors:
                  - {name: used, source: health.percentage-used, unit: "%"}
                """);
        assertThat(p.sensors().get(0).interval()).isEqualTo(Duration.ofSeconds(3));
    }

    @ParameterizedTest(name = "{1} at line {2}")
    @CsvSource(delimiter = '|', value = {
            "colour: red                                                     | colour                    | 6",
            "quirks: [go-faster]                                             | quirks[0]                 | 6",
            "identification: [identify-controller, read-minds]               | identification[1]         | 6",
            "poll-interval: 10ms                                             | poll-interval             | 6",
            "vpd-chunk-size: 4096                                            | vpd-chunk-size            | 6",
            "sensors: [{name: t, source: health.fan, unit: Cel}]             | sensors[0].source         | 6",
            "sensors: [{name: t, source: health.percentage-used}]            | sensors[0].unit           | 6",
            "health: {thresholds: [{sensor: nope, warning: 1}]}              | health.thresholds[0].sensor | 6",
            "health: {conditions: {on-fire: critical}}                       | health.conditions.on-fire | 6",
            "health: {conditions: {media-read-only: dire}}                   | health.conditions.media-read-only | 6"})
    void badEntryNamesItsLineAndField(String extra, String field, int line) {
        ProfileFormatException e = error(HEAD + extra.strip() + "\n");
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.line()).isEqualTo(line);
    }

    @Test
    void portStatisticsTakeAnIntervalAndRefuseUnknownKeysAtTheirLine() {
        String nic = "id: n\nname: N\nclass: nic\nmatch:\n  message-types: [ncsi]\nports:\n  source: ncsi.link-status\n";
        assertThat(read(nic).ports().orElseThrow().statistics()).isEmpty();
        assertThat(read(nic + "  statistics: { interval: 45s }\n").ports().orElseThrow().statistics())
                .contains(Duration.ofSeconds(45));
        ProfileFormatException e = error(nic + "  statistics:\n    interval: 30s\n    every: 2\n");
        assertThat(e.field()).isEqualTo("ports.statistics.every");
        assertThat(e.line()).isEqualTo(10);
        assertThat(error(nic + "  statistics: { interval: soon }\n").field()).isEqualTo("ports.statistics.interval");
    }

    @Test
    void missingRequiredKeyIsNamed() {
        ProfileFormatException e = error("id: a\nname: A\nmatch: {message-types: [nvme-mi]}\n");
        assertThat(e.field()).isEqualTo("class");
    }

    @Test
    void badVendorIdIsNamed() {
        ProfileFormatException e = error("id: a\nname: A\nclass: drive\nmatch:\n  message-types: [nvme-mi]\n  vendor-id: acme\n");
        assertThat(e.field()).isEqualTo("match.vendor-id");
        assertThat(e.line()).isEqualTo(6);
    }

    @Test
    void yamlSyntaxErrorCarriesItsLine() {
        ProfileFormatException e = error("id: a\nname: [unclosed\nclass: drive\n");
        assertThat(e.field()).isEqualTo("(yaml)");
        assertThat(e.line()).isGreaterThan(1);
    }

    @Test
    void emptyFileIsRejected() {
        assertThat(error("").field()).isEqualTo("(document)");
    }

    @Test
    void warningAboveCriticalIsRejected() {
        ProfileFormatException e = error(HEAD + """
                sensors: [{name: t, source: health.composite-temperature, unit: Cel}]
                health:
                  thresholds:
                    - {sensor: t, warning: 90, critical: 80}
                """);
        assertThat(e.field()).isEqualTo("health.thresholds[0].warning");
        assertThat(e.line()).isEqualTo(9);
    }
}
