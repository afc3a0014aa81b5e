package org.bmcplatform.console.decode;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

import org.bmcplatform.console.output.Table;
import org.bmcplatform.console.shell.CommandFailure;
import org.bmcplatform.console.shell.FailureExitStatus;
import org.bmcplatform.mctp.Bytes;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code decode smbus <hex...>} and {@code decode serial <hex...>}: name every field of a frame,
 * offline. A frame that fails its PEC/FCS or length check is shown as far as it decodes, then the
 * command fails with the reason (non-zero exit code in one-shot mode). {@code decode pcap <file>}
 * lists the packets of a capture file.
 */
@Component
public class DecodeCommands {

    @Command(name = {"decode", "smbus"}, group = "Decode", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Decode an MCTP-over-SMBus/I2C frame (DSP0237) given as hex, from destination address to PEC",
            help = "decode smbus <hex...>\n  e.g. decode smbus 3a 0f 08 21 01 09 08 c8 00 80 02 30   or   decode smbus \"3a0f0821...\"\n"
                    + "  exits 1 with the reason when the PEC or the byte count is wrong")
    public void smbus(CommandContext context,
                      @Arguments List<String> hex) {
        decode(context.outputWriter(), HexFrame.parse(hex, "smbus"), FrameDecoder::smbus, "DSP0237 SMBus");
    }

    @Command(name = {"decode", "serial"}, group = "Decode", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "Decode an MCTP-over-serial frame (DSP0253) given as hex, from 7e to 7e",
            help = "decode serial <hex...>\n  e.g. decode serial 7e 01 07 01 09 08 c8 00 80 02 0e b2 7e\n"
                    + "  exits 1 with the reason when the FCS or the byte count is wrong")
    public void serial(CommandContext context,
                       @Arguments List<String> hex) {
        decode(context.outputWriter(), HexFrame.parse(hex, "serial"), FrameDecoder::serial, "DSP0253 serial");
    }

    @Command(name = {"decode", "pcap"}, group = "Decode", exitStatusExceptionMapper = FailureExitStatus.BEAN,
            description = "List the MCTP packets of a capture file (pcapng or pcap): time, interface, direction, EIDs, tag, message",
            help = "decode pcap <file> [--verbose]\n  e.g. decode pcap bus0.pcapng   or   decode pcap bus0.pcapng --verbose\n"
                    + "  --verbose shows every field of each packet; exits 2 when the file is missing or not a capture,\n"
                    + "  1 when it is damaged part-way (after listing the records before the damage)")
    public void pcap(CommandContext context,
                     @Argument(index = 0, description = "capture file: pcapng (platform capture) or pcap (tcpdump)") String file,
                     @Option(longName = "verbose", description = "every field of each packet", defaultValue = "false") boolean verbose) {
        CaptureListing.list(context.outputWriter(), file, verbose);
    }

    static void decode(PrintWriter out, Bytes frame, Function<Bytes, DecodedFrame> decoder, String binding) {
        DecodedFrame decoded = decoder.apply(frame);
        out.print(render(frame, decoded, binding));
        out.flush();
        if (!decoded.valid()) {
            throw CommandFailure.failed("invalid " + binding + " frame: " + decoded.error().orElseThrow());
        }
    }

    static String render(Bytes frame, DecodedFrame decoded, String binding) {
        StringBuilder out = new StringBuilder();
        out.append(binding).append(" frame, ").append(frame.length()).append(frame.length() == 1 ? " byte" : " bytes")
                .append(": ").append(frame.toHex()).append('\n');
        if (!decoded.fields().isEmpty()) {
            Table table = Table.create().column("FIELD").column("VALUE");
            for (DecodedFrame.Field f : decoded.fields()) {
                table.row(f.name(), f.value());
            }
            out.append(table.render());
        }
        out.append(decoded.valid() ? "valid\n" : "INVALID: " + decoded.error().orElseThrow() + "\n");
        return out.toString();
    }
}
