package org.bmcplatform.console.decode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bmcplatform.console.output.Table;
import org.bmcplatform.console.shell.CommandFailure;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.capture.CaptureRecord;
import org.bmcplatform.mctp.capture.Direction;
import org.bmcplatform.mctp.capture.PcapngFormatException;
import org.bmcplatform.mctp.capture.PcapngReader;

/**
 * {@code decode pcap <file>}: every record of a capture (pcapng as the platform writes it, or classic
 * pcap), one line each, or with {@code --verbose} every field of each packet. A file that is missing
 * or is not a capture is a usage error (nothing was listed); a capture damaged part-way is listed up
 * to the damage, then the command fails with the offset.
 */
final class CaptureListing {

    private CaptureListing() {
    }

    static void list(PrintWriter out, String fileArgument, boolean verbose) {
        Path file = file(fileArgument);
        List<CaptureRecord> records = new ArrayList<>();
        String damage = null;
        boolean classic = false;
        long skipped;
        try (PcapngReader reader = PcapngReader.open(file)) {
            try {
                for (var r = reader.next(); r.isPresent(); r = reader.next()) {
                    records.add(r.get());
                }
            } catch (PcapngFormatException e) {
                if (records.isEmpty() && !reader.isClassicPcap() && reader.interfaces().isEmpty()) {
                    throw CommandFailure.usage(file + " is not a capture this console reads (" + e.getMessage()
                            + "): give a pcapng file written by the platform's capture, or a pcap file from tcpdump");
                }
                damage = e.getMessage();
            }
            classic = reader.isClassicPcap();
            skipped = reader.skippedBlocks();
        } catch (AccessDeniedException e) {
            throw CommandFailure.usage("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw CommandFailure.usage("cannot read " + file + ": " + e.getMessage());
        }
        out.print(render(file, classic, records, skipped, verbose));
        out.flush();
        if (damage != null) {
            throw CommandFailure.failed("capture " + file + " is damaged after record " + records.size() + ": " + damage);
        }
    }

    private static Path file(String argument) {
        if (argument == null || argument.isBlank()) {
            throw CommandFailure.usage("give the capture file: `decode pcap bus0.pcapng`");
        }
        Path file = Path.of(argument.strip());
        if (!Files.exists(file)) {
            throw CommandFailure.usage("no file " + file + ": give the path of a capture, e.g. `decode pcap bus0.pcapng`");
        }
        if (Files.isDirectory(file)) {
            throw CommandFailure.usage(file + " is a directory: give the path of a capture file");
        }
        return file;
    }

    static String render(Path file, boolean classic, List<CaptureRecord> records, long skipped, boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(classic ? "pcap" : "pcapng").append(" capture ").append(file).append('\n');
        if (verbose) {
            for (int i = 0; i < records.size(); i++) {
                out.append(verboseRecord(i + 1, records.get(i)));
            }
        } else if (!records.isEmpty()) {
            Table table = Table.create().numberColumn("#").column("TIME").column("INTERFACE").column("DIR").column("PEER")
                    .column("SUMMARY");
            for (int i = 0; i < records.size(); i++) {
                CaptureRecord r = records.get(i);
                table.row(i + 1, r.at(), r.interfaceName(), direction(r.direction()), peer(r), summary(r));
            }
            out.append(table.render());
        }
        long mctp = records.stream().filter(r -> r instanceof CaptureRecord.Mctp).count();
        out.append(records.size()).append(records.size() == 1 ? " record" : " records");
        if (mctp != records.size()) {
            out.append(" (").append(mctp).append(" MCTP, ").append(records.size() - mctp).append(" of other link types)");
        }
        if (skipped > 0) {
            out.append(", ").append(skipped).append(skipped == 1 ? " block" : " blocks").append(" without packets skipped");
        }
        return out.append('\n').toString();
    }

    private static String verboseRecord(int number, CaptureRecord r) {
        StringBuilder out = new StringBuilder("\n#").append(number).append("  ").append(r.at()).append("  ")
                .append(r.interfaceName()).append("  ").append(direction(r.direction()));
        if (!peer(r).isEmpty()) {
            out.append("  peer ").append(peer(r));
        }
        Bytes data = r instanceof CaptureRecord.Mctp m ? m.packet().packet() : ((CaptureRecord.OtherLinkType) r).data();
        out.append("  ").append(data.length()).append(data.length() == 1 ? " byte: " : " bytes: ").append(data.toHex())
                .append(truncation(r)).append('\n');
        if (!(r instanceof CaptureRecord.Mctp)) {
            return out.append(summary(r)).append('\n').toString();
        }
        DecodedFrame decoded = FrameDecoder.packet(data);
        Table table = Table.create().column("FIELD").column("VALUE");
        decoded.fields().forEach(f -> table.row(f.name(), f.value()));
        out.append(table.render());
        decoded.error().ifPresent(e -> out.append("INVALID: ").append(e).append('\n'));
        return out.toString();
    }

    private static String summary(CaptureRecord r) {
        if (r instanceof CaptureRecord.OtherLinkType o) {
            return "link type " + o.linkType() + ", not MCTP (" + o.data().length() + " bytes)";
        }
        return PacketSummary.of(((CaptureRecord.Mctp) r).packet().packet()) + truncation(r);
    }

    private static String truncation(CaptureRecord r) {
        if (!r.truncated()) {
            return "";
        }
        int captured = r instanceof CaptureRecord.Mctp m ? m.packet().packet().length() : ((CaptureRecord.OtherLinkType) r).data().length();
        return " (truncated: " + captured + " of " + r.originalLength() + " bytes captured)";
    }

    private static String peer(CaptureRecord r) {
        return r instanceof CaptureRecord.Mctp m && !m.packet().peer().isNone() ? m.packet().peer().toString() : "";
    }

    private static String direction(Direction d) {
        return d == Direction.INBOUND ? "in" : d == Direction.OUTBOUND ? "out" : "-";
    }
}
