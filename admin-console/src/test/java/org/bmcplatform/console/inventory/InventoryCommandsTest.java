package org.bmcplatform.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.bmcplatform.console.platform.RecordedPlatform;
import org.bmcplatform.console.shell.CommandFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InventoryCommandsTest {

    /** Two components shaped as DESIGN.md's {@code GET /api/components}; the second has no endpoint or health yet. */
    private static final String COMPONENTS = """
            [{"id":"1","uuid":"8b1f6f2e-0000-4000-8000-000000000001","componentClass":"DRIVE","profile":"nvme-basic",
              "name":"Samsung PM9A3","location":{"bus":"smbus0","address":29,"slot":"Bay 0"},"state":"PRESENT",
              "endpoint":{"network":1,"eid":9},
              "assets":{"serialNumber":"S64GNE0R100001","model":"MZQL21T9HCJR","firmwareRevision":"GDC5602Q","manufacturer":"Samsung"},
              "health":{"status":"OK","temperatureCelsius":34.5,"percentageUsed":3,"warnings":[],"readAt":"2026-11-22T00:59:58.5Z"},
              "extra":"ignored"},
             {"id":"2","uuid":"8b1f6f2e-0000-4000-8000-000000000002","componentClass":"DRIVE","name":"nvme1",
              "location":{"bus":"smbus1","address":"0x1e","slot":null},"state":"ABSENT","endpoint":null,"assets":{},
              "health":null}]
            """;

    private final RecordedPlatform platform;
    private final InventoryCommands commands;

    InventoryCommandsTest() throws IOException {
        platform = new RecordedPlatform();
        commands = new InventoryCommands(platform.client());
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void componentsAreListedAsAnAlignedTableWithSerialAndTemperature() {
        platform.answer("GET /api/components", COMPONENTS);

        String text = commands.components(null);

        assertThat(text.lines()).containsExactly(
                "ID  NAME           CLASS  LOCATION             STATE    EID  SERIAL          MODEL         FIRMWARE  HEALTH     TEMP",
                "--  -------------  -----  -------------------  -------  ---  --------------  ------------  --------  ------  -------",
                " 1  Samsung PM9A3  DRIVE  smbus0@0x1d (Bay 0)  PRESENT    9  S64GNE0R100001  MZQL21T9HCJR  GDC5602Q  OK      34.5 °C",
                " 2  nvme1          DRIVE  smbus1@0x1e          ABSENT     -  -               -             -         -             -",
                "2 components");
    }

    @Test
    void aNicShowsItsPortsWithLinkSpeedAndSince() {
        platform.answer("GET /api/components/7", """
                {"id":"7","uuid":"6f1d2c3b-4a59-4e87-9d6c-5b4a39281706","componentClass":"NIC","profile":"nic/nvidia-connectx",
                 "name":"nic0","location":{"bus":"smbus3","address":50,"slot":"OCP slot 0"},"state":"PRESENT",
                 "endpoint":{"network":1,"eid":21},"assets":{"firmwareName":"mlx26.36"},
                 "ports":[{"port":0,"link":"UP","speedMbps":25000,"duplex":"full","autonegotiation":true,
                           "since":"2026-12-06T20:00:00Z","seenAt":"2026-12-06T21:00:00Z"},
                          {"port":1,"link":"UNKNOWN","speedMbps":0,"autonegotiation":false,
                           "detail":"the NIC does not report link status on this port (unsupported; InfiniBand mode?)",
                           "since":"2026-12-06T20:30:00Z","seenAt":"2026-12-06T21:00:00Z"}]}
                """);

        String text = commands.component("7");

        assertThat(text).contains("Ports").containsPattern("(?m)^\\s*0\\s+UP\\s+25 Gb/s\\s+full\\s+yes\\s")
                .containsPattern("(?m)^\\s*1\\s+UNKNOWN\\s+-\\s+-\\s+no\\s.*InfiniBand mode");
    }

    @Test
    void aNicShowsItsPortsPacketCountersWhereTheyWereRead() {
        platform.answer("GET /api/components/8", """
                {"id":"8","componentClass":"NIC","name":"nic1","state":"PRESENT",
                 "ports":[{"port":0,"link":"UP","speedMbps":25000,"duplex":"full","autonegotiation":true,
                           "since":"2026-12-06T20:00:00Z","seenAt":"2026-12-06T21:00:00Z",
                           "counters":{"rxBytes":1,"txBytes":2,"rxPackets":4000000023,"txPackets":111,"rxFcsErrors":7,
                                       "rxAlignmentErrors":2,"rxRuntPackets":5,"rxJabberPackets":11,"rxFalseCarrier":8,
                                       "txLateCollisions":9,"txExcessiveCollisions":3,"rxPauseXoff":12,"counterBits":64,
                                       "readAt":"2026-12-06T21:00:00Z"}},
                          {"port":1,"link":"DOWN","speedMbps":0,"autonegotiation":true,
                           "since":"2026-12-06T20:30:00Z","seenAt":"2026-12-06T21:00:00Z"}]}
                """);

        String text = commands.component("8");

        assertThat(text).contains("Port counters")
                .containsPattern("(?m)^\\s*0\\s+4000000023\\s+111\\s+7\\s+2\\s+5\\s+11\\s+3\\s+2026-12-06T21:00:00Z\\s*$")
                .doesNotContainPattern("(?m)^\\s*1\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+");
    }

    @Test
    void aNicWhoseCountersWereNeverReadHasNoCountersSection() {
        platform.answer("GET /api/components/9", """
                {"id":"9","componentClass":"NIC","name":"nic2","state":"PRESENT",
                 "ports":[{"port":0,"link":"UP","speedMbps":1000,"autonegotiation":true,"since":"2026-12-06T20:00:00Z"}]}
                """);

        assertThat(commands.component("9")).contains("Ports").doesNotContain("Port counters");
    }

    @Test
    void oneComponentIsAKeyValueBlockWithAssetsAndSensors() {
        platform.answer("GET /api/components/1", """
                {"id":1,"uuid":"8b1f6f2e-0000-4000-8000-000000000001","componentClass":"DRIVE","profile":"nvme-basic",
                 "name":"Samsung PM9A3","location":{"bus":"smbus0","address":29,"slot":"Bay 0"},"state":"PRESENT",
                 "endpoint":{"network":1,"eid":9},
                 "assets":{"serialNumber":"S64GNE0R100001","model":"MZQL21T9HCJR","vendorId":"0x144d"},
                 "health":{"status":"WARNING","temperatureCelsius":71.0,"percentageUsed":3,"warnings":["temperature above 70 °C"],
                           "readAt":"2026-11-22T00:59:58Z"},
                 "sensors":[{"sensor":"temperature","value":71.0,"unit":"Cel","readAt":"2026-11-22T00:59:58Z"},
                            {"sensor":"percentageUsed","value":3,"unit":"%","readAt":"2026-11-22T00:59:58Z"}]}
                """);

        String text = commands.component("1");

        assertThat(text).isEqualTo("""
                Id:              1
                Name:            Samsung PM9A3
                Class:           DRIVE
                Profile:         nvme-basic
                UUID:            8b1f6f2e-0000-4000-8000-000000000001
                State:           PRESENT
                Location:        smbus0@0x1d (Bay 0)
                Endpoint:        network 1, EID 9
                Health:          WARNING
                Temperature:     71.0 °C
                Percentage used: 3 %
                Read at:         2026-11-22T00:59:58Z
                Warnings:        temperature above 70 °C
                Assets:
                  Model:         MZQL21T9HCJR
                  Serial number: S64GNE0R100001
                  Vendor id:     0x144d
                Sensors:
                  SENSOR            VALUE  READ AT
                  --------------  -------  --------------------
                  temperature     71.0 °C  2026-11-22T00:59:58Z
                  percentageUsed      3 %  2026-11-22T00:59:58Z""");
    }

    @Test
    void emptyInventorySaysToDiscover() {
        platform.answer("GET /api/components", "[]");

        assertThat(commands.components(null)).contains("discover");
    }

    @Test
    void nonNumericIdIsRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> commands.component("nvme0"))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE))
                .hasMessageContaining("'nvme0' is not a component id").hasMessageContaining("`components`");
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void missingIdSaysHowToGiveOne() {
        assertThatThrownBy(() -> commands.component("")).hasMessageContaining("`component <id>`");
    }

    @Test
    void unknownIdShowsTheServersProblemDetail() {
        platform.answer("GET /api/components/42", 404, "application/problem+json",
                "{\"title\":\"Component not found\",\"status\":404,\"detail\":\"No component 42; GET /api/components lists them\"}");

        assertThatThrownBy(() -> commands.component("42"))
                .hasMessage("Component not found: No component 42; GET /api/components lists them");
    }

    @Test
    void classFilterAsksThePlatformForThatClassInUpperCase() {
        platform.answer("GET /api/components", COMPONENTS);

        commands.components("drive");

        assertThat(platform.requests()).containsExactly("GET /api/components?class=DRIVE");
    }

    @Test
    void anUnknownClassIsAUsageErrorListingTheClassesBeforeAnyRequest() {
        assertThatThrownBy(() -> commands.components("ssd"))
                .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.USAGE))
                .hasMessage("'ssd' is not a component class: give one of DRIVE, NIC, HBA, UNKNOWN");
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void noComponentOfTheClassSaysSo() {
        platform.answer("GET /api/components", "[]");

        assertThat(commands.components("HBA")).isEqualTo("No HBA components; `components` lists them all.");
    }

    private static final String HBA = """
            {"id":"12","componentClass":"HBA","name":"hba0","location":{"bus":"smbus2","address":64,"slot":"PCIe slot 3"},
             "state":"PRESENT","assets":{},"health":{"status":"OK","temperatureCelsius":35.5,"warnings":[]}}
            """;

    @Test
    void anHbaListsTheDrivesBehindItBySlot() {
        platform.answer("GET /api/components/12", HBA);
        platform.answer("GET /api/components", """
                [{"id":"14","parentId":"12","componentClass":"DRIVE","name":"hba0-drive10",
                  "location":{"bus":"smbus2","address":64,"slot":"PCIe slot 3 / drive10"},"state":"ABSENT","assets":{},
                  "health":{"status":"UNKNOWN","warnings":[]}},
                 {"id":"13","parentId":"12","componentClass":"DRIVE","name":"hba0-drive2",
                  "location":{"bus":"smbus2","address":64,"slot":"PCIe slot 3 / drive2"},"state":"PRESENT",
                  "assets":{"serialNumber":"ZL2ABC01","model":"ST16000NM002G"},
                  "health":{"status":"OK","temperatureCelsius":26.0,"warnings":[]}}]
                """);

        String text = commands.component("12");

        assertThat(platform.requests()).containsExactly("GET /api/components/12", "GET /api/components?parent=12");
        assertThat(text).contains("""
                Drives:
                  ID  SLOT     NAME          STATE    HEALTH      TEMP  SERIAL    MODEL
                  --  -------  ------------  -------  -------  -------  --------  -------------
                  13  drive2   hba0-drive2   PRESENT  OK       26.0 °C  ZL2ABC01  ST16000NM002G
                  14  drive10  hba0-drive10  ABSENT   UNKNOWN        -  -         -
                  2 drives""");
    }

    @Test
    void aDriveBehindAnHbaNamesItsHbaAndSlot() {
        platform.answer("GET /api/components/12", HBA);
        platform.answer("GET /api/components/13", """
                {"id":"13","parentId":"12","componentClass":"DRIVE","name":"hba0-drive1",
                 "location":{"bus":"smbus2","address":64,"slot":"PCIe slot 3 / drive1"},"state":"PRESENT","assets":{},
                 "health":{"status":"OK","warnings":[]}}
                """);

        assertThat(commands.component("13")).containsPattern("(?m)^Behind: +hba hba0 \\(component 12, PCIe slot 3\\), slot drive1$");
    }
}
