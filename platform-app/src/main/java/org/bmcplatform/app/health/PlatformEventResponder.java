package org.bmcplatform.app.health;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.pldm.CompletionCode;
import org.bmcplatform.profiles.pldm.ErrorResponse;
import org.bmcplatform.profiles.pldm.PlatformEventMessageRequest;
import org.bmcplatform.profiles.pldm.PlatformEventMessageResponse;
import org.bmcplatform.profiles.pldm.PlatformEventStatus;
import org.bmcplatform.profiles.pldm.PldmCodec;
import org.bmcplatform.profiles.pldm.PldmFormatException;
import org.bmcplatform.profiles.pldm.PldmHeader;
import org.bmcplatform.profiles.pldm.PldmRequest;
import org.bmcplatform.profiles.pldm.PldmResponse;

/**
 * What the platform answers to a PLDM request (DSP0248 §16.6 "PlatformEventMessage"): a PlatformEventMessage of
 * format version 1 success with platformEventStatus logged (the platform logs it); another format version
 * UNSUPPORTED_EVENT_FORMAT_VERSION (0x81); any other PLDM request ERROR_UNSUPPORTED_PLDM_CMD (0x05). An unacknowledged
 * request (D = 1) is carried out but not answered (DSP0240). Bytes that are no PLDM request are dropped and counted.
 */
final class PlatformEventResponder {
    private final AtomicLong dropped = new AtomicLong();

    /**
     * The answer to one PLDM message (type byte first): {@code accepted} gets each PlatformEventMessage this answers
     * with success; empty for an unacknowledged request and for bytes that are no PLDM request (counted).
     */
    Optional<Bytes> answer(Bytes message, Consumer<PlatformEventMessageRequest> accepted) {
        PldmHeader header;
        PldmRequest request;
        try {
            header = PldmHeader.read(message);
            request = PldmCodec.decodeRequest(message);
        } catch (PldmFormatException e) {
            dropped.incrementAndGet();
            return Optional.empty();
        }
        PldmResponse response;
        if (request instanceof PlatformEventMessageRequest event) {
            if (event.formatVersion() != PlatformEventMessageRequest.FORMAT_VERSION) {
                response = ErrorResponse.of(request, CompletionCode.UNSUPPORTED_EVENT_FORMAT_VERSION);
            } else {
                accepted.accept(event);
                response = new PlatformEventMessageResponse(request.instanceId(), PlatformEventStatus.LOGGED);
            }
        } else {
            response = ErrorResponse.of(request, CompletionCode.ERROR_UNSUPPORTED_PLDM_CMD);
        }
        return header.datagram() ? Optional.empty() : Optional.of(PldmCodec.encode(response));
    }

    /** Messages dropped because they were no well-formed PLDM request. */
    long dropped() {
        return dropped.get();
    }
}
