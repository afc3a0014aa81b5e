package org.bmcplatform.console.interfaces;

import java.util.List;
import java.util.StringJoiner;

import org.bmcplatform.console.output.KeyValueBlock;
import org.bmcplatform.console.output.Table;
import org.bmcplatform.console.output.Units;

/** How captures are shown: the {@code captures} table and one capture as a key/value block with what to do next. */
final class CaptureText {

    private CaptureText() {
    }

    static String table(List<CaptureView> captures) {
        if (captures.isEmpty()) {
            return "No captures yet: start one with `capture start <interface>`.";
        }
        Table table = Table.create().column("ID").column("INTERFACE").column("STARTED").column("STOPPED")
                .numberColumn("PACKETS").numberColumn("BYTES").column("STATE");
        for (CaptureView c : captures) {
            table.row(c.id(), c.interfaceName(), Units.instant(c.startedAt()), Units.instant(c.stoppedAt()), c.packets(),
                    c.bytes(), state(c));
        }
        return table.renderCounted("capture");
    }

    static String block(CaptureView c) {
        KeyValueBlock block = KeyValueBlock.create()
                .put("Id", c.id())
                .put("Interface", c.interfaceName())
                .put("File", c.file())
                .put("State", state(c))
                .put("Started", Units.instant(c.startedAt()));
        if (c.stoppedAt() != null) {
            block.put("Stopped", Units.instant(c.stoppedAt()));
        }
        return block.put("Packets", c.packets())
                .put("Bytes", c.bytes())
                .put("Limits", limits(c.limits()))
                .render().stripTrailing();
    }

    /** {@code RUNNING}, {@code STOPPED (PACKET_LIMIT)}. */
    static String state(CaptureView c) {
        if (c.state() == null) {
            return null;
        }
        return c.stopReason() == null ? c.state() : c.state() + " (" + c.stopReason() + ")";
    }

    /** {@code 1000 packets, 1048576 bytes, 60 s}, or {@code none}. */
    static String limits(CaptureView.Limits l) {
        if (l == null) {
            return null;
        }
        StringJoiner s = new StringJoiner(", ");
        if (l.maxPackets() != null) {
            s.add(l.maxPackets() + " packets");
        }
        if (l.maxBytes() != null) {
            s.add(l.maxBytes() + " bytes");
        }
        if (l.maxSeconds() != null) {
            s.add(l.maxSeconds() + " s");
        }
        return s.length() == 0 ? "none (the platform's bmc.capture.max-bytes)" : s.toString();
    }
}
