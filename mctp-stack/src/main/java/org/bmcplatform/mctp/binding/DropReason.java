package org.bmcplatform.mctp.binding;

/**
 * Why a frame, packet or message was dropped (STYLE.md rule 27). Every drop is counted under one of
 * these; the receive path never throws.
 */
public enum DropReason {
    // --- binding framing (DSP0237 SMBus, DSP0253 serial, ...)
    /** SMBus PEC (CRC-8) mismatch. */
    BAD_PEC,
    /** Serial FCS-16 mismatch. */
    BAD_FCS,
    /** Frame shorter than its fixed fields, or byte count disagrees with the received length. */
    BAD_LENGTH,
    /** SMBus command code is not 0x0F (MCTP), or a PCC header's command field is not "MCTP" (DSP0292). */
    BAD_COMMAND_CODE,
    /** SMBus source address byte without bit 0 set, or our own address as source. */
    BAD_SOURCE_ADDRESS,
    /** Frame addressed to another physical address. */
    NOT_ADDRESSED_TO_US,
    /** Serial protocol revision is not 0x01. */
    BAD_REVISION,
    /** Bytes outside a frame, or a frame that did not end with the framing flag. */
    FRAMING_ERROR,
    /** Packet larger than the binding's MTU. */
    OVERSIZE,
    /** PCC shared-memory signature is not 0x50434300 | the subspace id (ACPI 6.4 §14.1.7). */
    BAD_SIGNATURE,
    /** A packet still queued (or in flight) for transmission when its binding closed; its stage failed BINDING_DOWN. */
    DISCARDED_ON_CLOSE,
    /** astlpc v3: the CRC-32 trailer of a packet buffer does not match the packet. */
    BAD_CRC,
    /** astlpc: a KCS command that is unknown or not allowed in the current channel or buffer state. */
    PROTOCOL_ERROR,
    /** Reading from the backend's device failed (an I/O error); the receive loop goes on. */
    RECEIVE_FAILED,

    // --- packet and routing (DSP0236 §8)
    /** Transport header version is not 1. */
    BAD_HEADER_VERSION,
    /** Packet shorter than the 4-byte header (+ 1 message type byte for a SOM packet). */
    PACKET_TOO_SHORT,
    /** Source EID reserved (1-7) or broadcast. */
    INVALID_SOURCE_EID,
    /** Destination EID is neither ours, null nor broadcast, and no route forwards it. */
    NOT_FOR_US,
    /** No route to the destination EID. */
    NO_ROUTE,
    /** A packet arrived on an interface that is administratively down, or a frame on a closed binding. */
    INTERFACE_DOWN,

    // --- reassembly (DSP0236 §8.8)
    /** Packet sequence number skipped or repeated: the partial message is dropped. */
    SEQUENCE_ERROR,
    /** Middle or end packet with no message in progress for its key. */
    UNEXPECTED_FRAGMENT,
    /** A new SOM arrived while a message was in progress on the same key: the partial one is dropped. */
    REASSEMBLY_ABORTED,
    /** A non-final packet with a payload size different from the first packet's, or a larger final one. */
    FRAGMENT_SIZE_MISMATCH,
    /** The cap on concurrent reassemblies is reached. */
    REASSEMBLY_CONTEXTS_EXHAUSTED,
    /** The message would exceed the maximum message size. */
    MESSAGE_TOO_LARGE,
    /** A partial message expired before its EOM. */
    REASSEMBLY_TIMEOUT,

    // --- messages
    /** A response (TO=0) that matches no outstanding request: late, duplicated or unsolicited. */
    UNMATCHED_RESPONSE,
    /** A request of a message type nobody handles. */
    NO_HANDLER,
    /** A handler failed or returned a malformed answer. */
    HANDLER_FAILED,
    /** A control message that could not be decoded. */
    MALFORMED_CONTROL_MESSAGE,
    /** A packet that could not be transmitted (e.g. no acknowledge on the bus). */
    TRANSMIT_FAILED
}
