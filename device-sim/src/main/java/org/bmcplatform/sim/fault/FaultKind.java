package org.bmcplatform.sim.fault;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a fault does to a reply (a message the component sends with TO = 0), applied by
 * {@link FaultBinding} at the component's side of the medium. Each names where the platform sees it.
 */
public enum FaultKind {
    /** Drop the reply: nothing reaches the medium, the requester times out (MT2) and retries. */
    SILENT("silent"),
    /** Hold every packet of the reply back by the fault's delay, on top of the turnaround. */
    SLOW("slow"),
    /**
     * Damage every frame of the reply on the medium, after the component's binding framed it: one bit of
     * the packet (the middle byte of its payload) is flipped and the frame's check left as sent
     * ({@link org.bmcplatform.sim.bus.WireDamage}). The platform's binding drops it by its integrity check:
     * SMBus {@code BAD_PEC} (DSP0237 §6.2), serial {@code BAD_FCS} (DSP0253 §6), astlpc version 3
     * {@code BAD_CRC}; the request times out and is retried. PCC (DSP0292) and astlpc versions 1 and 2
     * have no check: the damaged packet reaches the MCTP layer, where the message's own checks see it
     * (an NVMe-MI MIC mismatch; a PLDM or control response with one changed byte: another completion
     * code, a wrong value, or one that fails to decode).
     */
    CORRUPT("corrupt"),
    /**
     * Send the reply under another message tag (DSP0236 §8.3.3: a response carries the request's tag):
     * the tag is the one instance id every MCTP message type has (NVMe-MI has no other), so the
     * platform matches no request, drops it as {@code UNMATCHED_RESPONSE}, times out and retries.
     */
    WRONG_INSTANCE_ID("wrong-instance-id"),
    /** Cut the reply's last packet to half its payload: a well-framed but short message. */
    TRUNCATED("truncated");

    private final String label;

    FaultKind(String label) {
        this.label = label;
    }

    /** The name in board files, the REST API and the console, e.g. {@code wrong-instance-id}. */
    public String label() {
        return label;
    }

    /** Parses a label ({@code wrong-instance-id}) or an enum name ({@code WRONG_INSTANCE_ID}), any case. */
    public static Optional<FaultKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(k -> k.label.equals(t)).findFirst();
    }

    /** The labels, for messages: {@code silent, slow, corrupt, wrong-instance-id, truncated}. */
    public static String labels() {
        return Arrays.stream(values()).map(FaultKind::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}
