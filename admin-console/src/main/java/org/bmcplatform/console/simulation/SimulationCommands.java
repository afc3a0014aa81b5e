package org.bmcplatform.console.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.bmcplatform.console.output.Table;
import org.bmcplatform.console.output.Units;
import org.bmcplatform.console.platform.PlatformClient;
import org.bmcplatform.console.shell.CommandFailure;
import org.bmcplatform.console.shell.FailureExitStatus;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code sim plug|unplug <simId>}, {@code sim faults <simId>}, {@code sim fault <simId> <kind> ...},
 * {@code sim clear-faults <simId>} and {@code sim health <hbaId> [state]}: hot-plug, faults and a virtual HBA's
 * health state on demand on the virtual board; {@code sim firmware <simId> [<revision>]}: a drive's firmware,
 * activated with a reset.
 */
@Component
public class SimulationCommands {

    private static final ParameterizedTypeReference<FaultPlanView> PLAN = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<SimComponentView> COMPONENT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<FirmwareView> FIRMWARE = new ParameterizedTypeReference<>() {
    };
    private static final String FIRMWARE_USAGE = "sim firmware <simId> [<revision>]";
    private static final ParameterizedTypeReference<HealthStateView> HEALTH = new ParameterizedTypeReference<>() {
    };
    private static final String HEALTH_USAGE = "sim health <hbaId> [normal | non-critical | critical | fatal | upper-non-critical"
            + " | lower-non-critical | upper-critical | lower-critical | upper-fatal | lower-fatal | auto]";
    private static final String FAULT_USAGE = "sim fault <simId> <kind> [--rate 0.5 | --every N] [--delay-ms N]";

    private final PlatformClient platform;

    public SimulationCommands(PlatformClient platform) {
        this.platform = platform;
    }

    @Command(name = {"sim", "unplug"}, group = "Simulation", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Pull a simulated component out of the virtual board (it powers off)",
            help = "sim unplug <simId>\n  e.g. sim unplug nvme7  (simIds are the board file's component ids)")
    public String unplug(@Argument(index = 0, description = "board-file component id, e.g. nvme7") String simId) {
        String id = FaultArguments.simId(simId, "sim unplug <simId>");
        return renderPlug(platform.post(path(id) + "/unplug", COMPONENT));
    }

    @Command(name = {"sim", "plug"}, group = "Simulation", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Plug a simulated component into the virtual board (it powers on with EID 0)",
            help = "sim plug <simId>\n  e.g. sim plug nvme7")
    public String plug(@Argument(index = 0, description = "board-file component id, e.g. nvme7") String simId) {
        String id = FaultArguments.simId(simId, "sim plug <simId>");
        return renderPlug(platform.post(path(id) + "/plug", COMPONENT));
    }

    @Command(name = {"sim", "faults"}, group = "Simulation", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Show a simulated component's faults and how many replies each hit",
            help = "sim faults <simId>\n  e.g. sim faults nvme2")
    public String faults(@Argument(index = 0, description = "board-file component id, e.g. nvme2") String simId) {
        String id = FaultArguments.simId(simId, "sim faults <simId>");
        return render(platform.get(path(id) + "/faults", PLAN));
    }

    @Command(name = {"sim", "fault"}, group = "Simulation", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Add a fault to a simulated component's replies (replaces one of the same kind)",
            help = FAULT_USAGE + "\n  kinds: silent, slow, corrupt, wrong-instance-id, truncated\n"
                    + "  e.g. sim fault nvme2 corrupt --every 2\n"
                    + "       sim fault nvme3 slow --delay-ms 280 --rate 0.5\n"
                    + "  without --rate or --every it hits every reply; `sim clear-faults <simId>` removes them all")
    public String fault(
            @Argument(index = 0, description = "board-file component id, e.g. nvme2") String simId,
            @Argument(index = 1, description = "silent, slow, corrupt, wrong-instance-id or truncated") String kind,
            @Option(longName = "rate", description = "probability that a reply is hit, above 0 and at most 1") String rate,
            @Option(longName = "every", description = "hit every Nth reply") String every,
            @Option(longName = "delay-ms", description = "for slow: how long each hit reply is held back, in ms") String delayMs) {
        String id = FaultArguments.simId(simId, FAULT_USAGE);
        FaultPlanView.Fault fault = FaultArguments.fault(kind, rate, every, delayMs);
        FaultPlanView current = platform.get(path(id) + "/faults", PLAN);
        return render(platform.put(path(id) + "/faults", replaced(current, fault), PLAN));
    }

    @Command(name = {"sim", "firmware"}, group = "Simulation", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Show a simulated drive's firmware revision, or activate another one (the drive resets)",
            help = FIRMWARE_USAGE + "\n  e.g. sim firmware nvme5            (shows the revision)\n"
                    + "       sim firmware nvme5 9CV10510   (activates it: the drive resets and gets a new EID;\n"
                    + "                                      the platform records the change in its asset history)")
    public String firmware(
            @Argument(index = 0, description = "board-file component id of a drive, e.g. nvme5") String simId,
            @Argument(index = 1, description = "revision to activate, 1 to 8 printable ASCII characters; omit to show") String revision) {
        String id = FaultArguments.simId(simId, FIRMWARE_USAGE);
        if (revision == null || revision.isBlank()) {
            return renderFirmware(platform.get(path(id) + "/firmware", FIRMWARE), false);
        }
        String r = revision.strip();
        if (r.length() > 8 || !r.chars().allMatch(ch -> ch >= 0x20 && ch <= 0x7E)) {
            throw CommandFailure.usage("'" + r + "' is not a firmware revision a drive can report: 1 to 8 printable ASCII "
                    + "characters (Identify Controller FR); usage: " + FIRMWARE_USAGE);
        }
        return renderFirmware(platform.post(path(id) + "/firmware", Map.of("revision", r), FIRMWARE), true);
    }

    static String renderFirmware(FirmwareView v, boolean activated) {
        if (!activated) {
            return v.id() + " runs firmware " + v.revision() + (Boolean.FALSE.equals(v.present()) ? " (unplugged)" : "");
        }
        return v.id() + " activated firmware " + v.revision()
                + (Boolean.TRUE.equals(v.present()) ? " and reset; the platform finds it again at its next discovery"
                        : "; it reports it when plugged in");
    }

    /** The answer of {@code GET/POST /api/simulation/components/{simId}/firmware}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FirmwareView(String id, String revision, Boolean present) {
    }

    @Command(name = {"sim", "clear-faults"}, group = "Simulation", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Remove every fault of a simulated component",
            help = "sim clear-faults <simId>\n  e.g. sim clear-faults nvme2")
    public String clearFaults(@Argument(index = 0, description = "board-file component id, e.g. nvme2") String simId) {
        String id = FaultArguments.simId(simId, "sim clear-faults <simId>");
        return render(platform.delete(path(id) + "/faults", PLAN));
    }

    @Command(name = {"sim", "health"}, group = "Simulation", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Show or hold a virtual HBA's controller health state (DSP0249 Health State sensor)",
            help = HEALTH_USAGE + "\n  e.g. sim health hba0 upper-critical   (the platform reports CRITICAL at its next poll)\n"
                    + "       sim health hba0 auto             (follow the controller temperature again)\n"
                    + "       sim health hba0                  (show the state now)")
    public String health(@Argument(index = 0, description = "board-file id of a pldm-hba, e.g. hba0") String simId,
                         @Argument(index = 1, description = "a Health State name, or auto", defaultValue = "") String state) {
        String id = FaultArguments.simId(simId, HEALTH_USAGE);
        if (state == null || state.isBlank()) {
            return renderHealth(platform.get(path(id) + "/health", HEALTH));
        }
        return renderHealth(platform.post(path(id) + "/health/" + state.strip().toLowerCase(Locale.ROOT), HEALTH));
    }

    static String renderHealth(HealthStateView v) {
        String how = Boolean.TRUE.equals(v.held()) ? "held; `sim health " + v.hba() + " auto` follows the temperature again"
                : "from the controller temperature";
        return v.hba() + " controller health: " + v.state() + " (" + v.value() + "), " + how;
    }

    private static String path(String simId) {
        return "/api/simulation/components/" + simId;
    }

    /** The PUT body: the current plan with {@code fault} in place of one of its kind, same seed. */
    static Map<String, Object> replaced(FaultPlanView current, FaultPlanView.Fault fault) {
        List<Map<String, Object>> faults = new ArrayList<>();
        if (current.faults() != null) {
            for (FaultPlanView.Fault f : current.faults()) {
                if (!fault.kind().equals(f.kind())) {
                    faults.add(body(f));
                }
            }
        }
        faults.add(body(fault));
        Map<String, Object> plan = new LinkedHashMap<>();
        if (current.seed() != null) {
            plan.put("seed", current.seed());
        }
        plan.put("faults", faults);
        return plan;
    }

    private static Map<String, Object> body(FaultPlanView.Fault f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind());
        putIfSet(m, "rate", f.rate());
        putIfSet(m, "every", f.every());
        putIfSet(m, "delayMs", f.delayMs());
        if (f.fromSeconds() != null && f.fromSeconds() != 0) {
            m.put("fromSeconds", f.fromSeconds());
        }
        putIfSet(m, "untilSeconds", f.untilSeconds());
        return m;
    }

    private static void putIfSet(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    static String render(FaultPlanView v) {
        String state = Boolean.FALSE.equals(v.present()) ? " (unplugged)" : "";
        if (v.faults() == null || v.faults().isEmpty()) {
            return v.simId() + state + ": no faults; add one with `sim fault " + v.simId() + " <kind>`";
        }
        Table table = Table.create().column("KIND").column("HITS").column("DELAY").column("ACTIVE").numberColumn("INJECTED");
        for (FaultPlanView.Fault f : v.faults()) {
            long injected = v.injected() == null ? 0 : v.injected().getOrDefault(f.kind(), 0L);
            table.row(f.kind(), trigger(f), f.delayMs() == null ? null : f.delayMs() + " ms", window(f), injected);
        }
        String head = String.format(Locale.ROOT, "%s%s: seed %d, applied %s ago, %d replies since", v.simId(), state,
                v.seed() == null ? 0 : v.seed(), seconds(v.appliedSecondsAgo()), v.replies() == null ? 0 : v.replies());
        return head + "\n" + table.renderCounted("fault");
    }

    static String renderPlug(SimComponentView c) {
        String where = c.bus() + (c.address() == null || c.address() < 0 ? "" : "@" + Units.address(String.valueOf(c.address())))
                + (c.slot() == null || c.slot().isBlank() ? "" : " (" + c.slot() + ")");
        return c.id() + " " + (Boolean.TRUE.equals(c.present()) ? "plugged in" : "unplugged") + " at " + where;
    }

    private static String trigger(FaultPlanView.Fault f) {
        if (f.rate() != null) {
            return "rate " + BigDecimal.valueOf(f.rate()).stripTrailingZeros().toPlainString();
        }
        if (f.every() == null || f.every() == 1) {
            return "every reply";
        }
        return "every " + f.every();
    }

    private static String window(FaultPlanView.Fault f) {
        double from = f.fromSeconds() == null ? 0 : f.fromSeconds();
        if (from == 0 && f.untilSeconds() == null) {
            return "always";
        }
        return seconds(from) + ".." + (f.untilSeconds() == null ? "" : seconds(f.untilSeconds()));
    }

    private static String seconds(Double s) {
        return s == null ? "?" : plain(s) + " s";
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
