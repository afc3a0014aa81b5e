package org.bmcplatform.console.interfaces;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.bmcplatform.console.platform.PlatformClient;
import org.bmcplatform.console.shell.CommandFailure;
import org.bmcplatform.console.shell.FailureExitStatus;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code capture start|stop <interface>}, {@code captures} and {@code capture get <id>}: packet
 * captures of an interface on the platform, saved as pcapng that {@code decode pcap} and Wireshark
 * 4.2+ read.
 */
@Component
public class CaptureCommands {

    static final MediaType PCAPNG = MediaType.parseMediaType("application/x-pcapng");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final ParameterizedTypeReference<CaptureView> CAPTURE = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<CaptureView>> CAPTURES = new ParameterizedTypeReference<>() {
    };

    private final PlatformClient platform;

    public CaptureCommands(PlatformClient platform) {
        this.platform = platform;
    }

    @Command(name = {"capture", "start"}, group = "Capture", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Start capturing an MCTP interface's packets to a pcapng file on the platform",
            help = "capture start <interface> [--packets N] [--bytes N] [--seconds N]\n"
                    + "  e.g. capture start smbus0 --seconds 60; the capture stops itself at the first limit reached,\n"
                    + "  or with `capture stop smbus0`; one capture per interface at a time")
    public String start(@Argument(index = 0, description = "interface name, as listed by `interfaces`") String name,
                        @Option(longName = "packets", description = "stop after this many packets") String packets,
                        @Option(longName = "bytes", description = "stop before the file passes this many bytes") String bytes,
                        @Option(longName = "seconds", description = "stop after this many seconds") String seconds) {
        String iface = InterfaceName.parse(name, "capture start <interface>");
        CaptureLimits limits = CaptureLimits.parse(packets, bytes, seconds);
        CaptureView c = platform.post("/api/interfaces/" + iface + "/capture", limits.body().isEmpty() ? null : limits.body(),
                CAPTURE);
        return "Capturing " + iface + "\n" + CaptureText.block(c) + "\nStop it with `capture stop " + iface
                + "`, then save it with `capture get " + c.id() + "`";
    }

    @Command(name = {"capture", "stop"}, group = "Capture", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Stop the capture running on an MCTP interface and close its file",
            help = "capture stop <interface>\n  e.g. capture stop smbus0; prints the capture's packet count and id")
    public String stop(@Argument(index = 0, description = "interface name, as listed by `interfaces`") String name) {
        String iface = InterfaceName.parse(name, "capture stop <interface>");
        CaptureView c = platform.delete("/api/interfaces/" + iface + "/capture", CAPTURE);
        return CaptureText.block(c) + "\nSave it with `capture get " + c.id() + "`";
    }

    @Command(name = "captures", group = "Capture", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "List the packet captures on the platform, running and finished, newest first",
            help = "captures\n  one row per capture; the ID column is what `capture get <id>` takes")
    public String captures() {
        return CaptureText.table(platform.get("/api/captures", CAPTURES));
    }

    @Command(name = {"capture", "get"}, group = "Capture", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Download a capture's pcapng file from the platform",
            help = "capture get <id> [--output FILE]\n  e.g. capture get smbus0-20260131T120000.000Z --output smbus0.pcapng;\n"
                    + "  without --output the file keeps its name in the current directory; an existing file is not\n"
                    + "  overwritten. Then `decode pcap FILE` lists it offline, or open it in Wireshark 4.2+")
    public String get(@Argument(index = 0, description = "capture id, as listed by `captures`") String id,
                      @Option(longName = "output", description = "file to save it as; default <id>.pcapng here") String output) {
        String captureId = captureId(id);
        Path target = target(output, captureId);
        PlatformClient.Download d = platform.download("/api/captures/" + captureId + "/file", PCAPNG, target);
        return "Saved capture " + captureId + " to " + target + " (" + d.bytes() + " bytes); list it with `decode pcap "
                + target + "`";
    }

    static String captureId(String raw) {
        if (raw == null || raw.isBlank()) {
            throw CommandFailure.usage("give a capture id: `capture get <id>`; `captures` lists them");
        }
        String id = raw.strip();
        if (!ID.matcher(id).matches()) {
            throw CommandFailure.usage("'" + id + "' is not a capture id: ids look like smbus0-20260131T120000.000Z;"
                    + " `captures` lists them");
        }
        return id;
    }

    /** Where to save: --output, or {@code <id>.pcapng} here; never over an existing file, and only into a directory that exists. */
    static Path target(String output, String id) {
        Path target = Path.of(output == null || output.isBlank() ? id + ".pcapng" : output.strip());
        if (Files.exists(target)) {
            throw CommandFailure.usage(target + " exists already: choose another name with --output FILE, or remove it");
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw CommandFailure.usage("directory " + dir + " does not exist: create it, or choose another --output FILE");
        }
        return target;
    }
}
