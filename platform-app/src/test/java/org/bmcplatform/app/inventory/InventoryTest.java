package org.bmcplatform.app.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Registration by UUID and asset history: the inventory alone on an in-memory H2 migrated by Flyway. */
@SpringBootTest(classes = InventoryTest.Slice.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.datasource.url=jdbc:h2:mem:inventory-test;DB_CLOSE_DELAY=-1")
class InventoryTest {

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(Inventory.class)
    static class Slice {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    Inventory inventory;

    @Test
    void registeringTheSameUuidAgainUpdatesTheSameComponent() {
        UUID uuid = UUID.randomUUID();
        Inventory.Registration first = inventory.register(facts(uuid, "smbus9", Map.of("serialNumber", "X1")));
        Inventory.Registration second = inventory.register(facts(uuid, "smbus9", Map.of("serialNumber", "X1")));

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.componentId()).isEqualTo(first.componentId());
    }

    @Test
    void aChangedAssetValueClosesTheOldPeriodAndOpensANewOne() {
        UUID uuid = UUID.randomUUID();
        long id = inventory.register(facts(uuid, "smbus9", Map.of("serialNumber", "X2", "firmwareRevision", "1.0"))).componentId();
        inventory.register(facts(uuid, "smbus9", Map.of("serialNumber", "X2", "firmwareRevision", "1.1")));

        assertThat(inventory.currentAssets(id)).containsEntry("firmwareRevision", "1.1").containsEntry("serialNumber", "X2");
        List<Inventory.AssetPeriod> firmware = inventory.assetHistory(id).stream()
                .filter(p -> p.key().equals("firmwareRevision")).toList();
        assertThat(firmware).extracting(Inventory.AssetPeriod::value).containsExactly("1.0", "1.1");
        assertThat(firmware.get(0).validTo()).isEqualTo(firmware.get(1).validFrom());
        assertThat(firmware.get(1).validTo()).isNull();
    }

    @Test
    void anAbsentComponentIsPresentAgainWhenItRegistersAgain() {
        UUID uuid = UUID.randomUUID();
        long id = inventory.register(facts(uuid, "smbus9", Map.of())).componentId();

        assertThat(inventory.markAbsent(id, "pulled")).isTrue();
        assertThat(inventory.markAbsent(id, "pulled")).isFalse();
        assertThat(inventory.require(id).getState()).isEqualTo(ComponentState.ABSENT);

        Inventory.Registration back = inventory.register(facts(uuid, "smbus9", Map.of()));
        assertThat(back.returned()).isTrue();
        assertThat(back.componentId()).isEqualTo(id);
        assertThat(inventory.require(id).getState()).isEqualTo(ComponentState.PRESENT);
    }

    private static ComponentFacts facts(UUID uuid, String bus, Map<String, String> assets) {
        return new ComponentFacts(uuid, "DRIVE", "generic-nvme-mi", "test-" + uuid.toString().substring(0, 8), bus, 0x30,
                "Test bay", null, assets);
    }
}
