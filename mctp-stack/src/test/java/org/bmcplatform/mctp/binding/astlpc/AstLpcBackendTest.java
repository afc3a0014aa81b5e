package org.bmcplatform.mctp.binding.astlpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec strings: options, defaults and the one message when the Linux devices are missing. */
class AstLpcBackendTest {
    private final VirtualScheduler scheduler = new VirtualScheduler();

    private AstLpcBinding open(String spec) {
        return AstLpcBackend.open(BindingSpec.parse(spec), scheduler);
    }

    @Test
    void fileBackendDefaultsToTheLargestBmcMtuAndA4096ByteHost(@TempDir Path dir) {
        String file = dir.resolve("lpc.bin").toString();
        AstLpcBinding bmc = open("astlpc-file:" + file);
        AstLpcBinding host = open("astlpc-file:" + file + "?role=host&versions=1-2");
        try {
            assertThat(bmc.role()).isEqualTo(AstLpcRole.BMC);
            assertThat(bmc.mtu()).isEqualTo(524_144 + 4);
            assertThat(host.settings().mtu()).isEqualTo(4096);
            assertThat(host.settings().versionMax()).isEqualTo(2);
        } finally {
            bmc.close();
            host.close();
        }
    }

    @Test
    void badOptionsAreNamed(@TempDir Path dir) {
        String file = dir.resolve("lpc.bin").toString();
        assertThatThrownBy(() -> open("astlpc-file:" + file + "?role=peer")).hasMessageContaining("'role'");
        assertThatThrownBy(() -> open("astlpc-file:" + file + "?versions=0-3")).hasMessageContaining("'versions'");
        assertThatThrownBy(() -> open("astlpc-file:" + file + "?mtu=20")).hasMessageContaining("'mtu'");
        assertThatThrownBy(() -> open("astlpc-file:" + file + "?poll=5")).hasMessageContaining("no option 'poll'");
        assertThatThrownBy(() -> open("astlpc-file:" + file + "?size=5000")).hasMessageContaining("multiple of 4096");
        assertThatThrownBy(() -> open("astlpc:/dev/raw-kcs3?role=host")).hasMessageContaining("must be bmc");
        assertThatThrownBy(() -> open("serial:/dev/ttyS0")).hasMessageContaining("not an astlpc backend");
    }

    @Test
    void missingLinuxDevicesFailWithWhatProvidesThem(@TempDir Path dir) {
        assertThatThrownBy(() -> open("astlpc:" + dir.resolve("raw-kcs3") + "?lpc=" + dir.resolve("aspeed-lpc-ctrl")))
                .hasMessageContaining("missing " + dir.resolve("raw-kcs3"))
                .hasMessageContaining("kcs_bmc_cdev_raw")
                .hasMessageContaining("CONFIG_ASPEED_LPC_CTRL");
    }

    @Test
    void aspeedMappingStructAndIoctlNumbersFollowTheKernelHeader() {
        byte[] m = AspeedLpcWindow.mapping(AspeedLpcWindow.WINDOW_MEMORY, 0x0FF0_0000L, 0x10_0000L);
        assertThat(m).hasSize(16);
        assertThat(AspeedLpcWindow.mappingSize(m)).isEqualTo(0x10_0000L);
        assertThat(AspeedLpcWindow.lpcAddress(0x10_0000L)).isEqualTo(0x0FF0_0000L);
        // _IOWR/_IOW(0xb2, nr, 16 bytes): dir << 30 | size << 16 | type << 8 | nr
        assertThat(AspeedLpcWindow.IOCTL_GET_SIZE).isEqualTo((3L << 30) | (16L << 16) | (0xB2L << 8));
        assertThat(AspeedLpcWindow.IOCTL_MAP).isEqualTo((1L << 30) | (16L << 16) | (0xB2L << 8) | 1);
    }
}
