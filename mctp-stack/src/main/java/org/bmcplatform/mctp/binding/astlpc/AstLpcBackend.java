package org.bmcplatform.mctp.binding.astlpc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * Opens an astlpc binding from a backend spec (STYLE.md rule 17):
 * <ul>
 * <li>{@code astlpc-file:/run/bmc/lpc.bin?role=bmc|host&poll-us=200&size=1048576&mtu=N&versions=1-3}: the
 * mapped-file backend ({@link MappedLpcFile}).</li>
 * <li>{@code astlpc:/dev/raw-kcs3?lpc=/dev/aspeed-lpc-ctrl&mtu=N&versions=1-3}: the BMC on Linux
 * ({@code /dev/raw-kcsN} + {@code /dev/aspeed-lpc-ctrl}).</li>
 * </ul>
 * {@code mtu} is the packet size asked for (header included); by default the BMC asks for the largest
 * the window allows and the host for 4096. Bad options throw {@link IllegalArgumentException} naming them.
 */
public final class AstLpcBackend {
    /** The host's default MTU. */
    public static final int DEFAULT_HOST_MTU = 4096;
    /** The file backend's default poll period. */
    public static final int DEFAULT_POLL_MICROS = 200;

    private AstLpcBackend() {
    }

    /** Opens and returns a binding, not yet started. */
    public static AstLpcBinding open(BindingSpec spec, Scheduler scheduler) {
        if ("astlpc-file".equals(spec.scheme())) {
            return openFile(spec, scheduler);
        }
        if ("astlpc".equals(spec.scheme())) {
            return openDevices(spec);
        }
        throw new IllegalArgumentException("backend '" + spec.scheme() + "' is not an astlpc backend; use "
                + "'astlpc-file:/path/lpc.bin?role=bmc' or 'astlpc:/dev/raw-kcs3?lpc=/dev/aspeed-lpc-ctrl'");
    }

    private static AstLpcBinding openFile(BindingSpec spec, Scheduler scheduler) {
        spec.onlyOptions(Set.of("role", "poll-us", "size", "mtu", "versions"));
        requirePath(spec, "astlpc-file:/run/bmc/lpc.bin?role=bmc");
        AstLpcRole role = AstLpcRole.valueOf(spec.choiceOption("role", "bmc", Set.of("bmc", "host")).toUpperCase());
        int pollMicros = spec.intOption("poll-us", DEFAULT_POLL_MICROS, 1, 1_000_000);
        int size = spec.intOption("size", LpcWindow.DEFAULT_SIZE, MappedLpcFile.KCS_AREA, 1 << 28);
        AstLpcSettings settings = settings(spec, role);
        MappedLpcFile file = MappedLpcFile.open(Path.of(spec.path()), size);
        try {
            return new AstLpcBinding(file.kcs(role, scheduler, Duration.ofNanos(pollMicros * 1000L)), file.window(), settings);
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private static AstLpcBinding openDevices(BindingSpec spec) {
        spec.onlyOptions(Set.of("lpc", "mtu", "versions", "role"));
        requirePath(spec, "astlpc:/dev/raw-kcs3?lpc=/dev/aspeed-lpc-ctrl");
        if (!"bmc".equals(spec.option("role", "bmc"))) {
            throw new IllegalArgumentException("backend option 'role' of 'astlpc' must be bmc: the Linux devices are the BMC side");
        }
        AstLpcSettings settings = settings(spec, AstLpcRole.BMC);
        Path kcs = Path.of(spec.path());
        Path lpc = Path.of(spec.option("lpc", "/dev/aspeed-lpc-ctrl"));
        requireNodes(kcs, lpc);
        LpcWindow window = AspeedLpcWindow.open(lpc);
        try {
            return new AstLpcBinding(RawKcsPort.open(kcs), window, settings);
        } catch (RuntimeException e) {
            window.close();
            throw e;
        }
    }

    /** One message naming every missing node and what provides it. */
    private static void requireNodes(Path kcs, Path lpc) {
        StringBuilder missing = new StringBuilder();
        if (!Files.exists(kcs)) {
            missing.append(kcs).append(" (raw KCS client: CONFIG_IPMI_KCS_BMC_CDEV_RAW / kcs_bmc_cdev_raw bound to an "
                    + "enabled KCS channel, e.g. &kcs3 { status = \"okay\"; aspeed,lpc-io-reg = <0xca2>; })");
        }
        if (!Files.exists(lpc)) {
            if (missing.length() > 0) {
                missing.append(" and ");
            }
            missing.append(lpc).append(" (CONFIG_ASPEED_LPC_CTRL with a memory-region of at least 1 MiB, no-map, "
                    + "in the lpc-ctrl devicetree node)");
        }
        if (missing.length() > 0) {
            throw new IllegalStateException("astlpc BMC backend cannot start: missing " + missing
                    + "; see the org.bmcplatform.mctp.binding.astlpc package documentation");
        }
    }

    private static void requirePath(BindingSpec spec, String example) {
        if (spec.path().isEmpty()) {
            throw new IllegalArgumentException("backend '" + spec.scheme() + "' needs a path, e.g. '" + example + "'");
        }
    }

    private static AstLpcSettings settings(BindingSpec spec, AstLpcRole role) {
        int defaultMtu = role == AstLpcRole.BMC ? AstLpcSettings.LARGEST_MTU : DEFAULT_HOST_MTU;
        int mtu = spec.intOption("mtu", defaultMtu, role == AstLpcRole.BMC ? 0 : AstLpcFraming.BASELINE_PACKET, 1 << 20);
        if (mtu != AstLpcSettings.LARGEST_MTU && mtu < AstLpcFraming.BASELINE_PACKET) {
            throw new IllegalArgumentException("backend option 'mtu' must be 0 (largest) or at least 68, was " + mtu);
        }
        String versions = spec.option("versions", AstLpcFraming.VERSION_MIN + "-" + AstLpcFraming.VERSION_MAX);
        int min;
        int max;
        try {
            String[] parts = versions.split("-", -1);
            min = Integer.parseInt(parts[0]);
            max = Integer.parseInt(parts.length > 1 ? parts[1] : parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("backend option 'versions' must be 'min-max' within 1-3, was '" + versions + "'");
        }
        if (min < AstLpcFraming.VERSION_MIN || max > AstLpcFraming.VERSION_MAX || min > max) {
            throw new IllegalArgumentException("backend option 'versions' must be 'min-max' within 1-3, was '" + versions + "'");
        }
        return new AstLpcSettings(role, mtu, min, max, AstLpcSettings.DEFAULT_TX_QUEUE_LIMIT);
    }
}
