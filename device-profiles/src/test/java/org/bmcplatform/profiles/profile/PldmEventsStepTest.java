package org.bmcplatform.profiles.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.pldm.CompletionCode;
import org.bmcplatform.profiles.pldm.ErrorResponse;
import org.bmcplatform.profiles.pldm.EventMessageGlobalEnable;
import org.bmcplatform.profiles.pldm.EventMessageSupportedResponse;
import org.bmcplatform.profiles.pldm.PldmCodec;
import org.bmcplatform.profiles.pldm.PldmCommand;
import org.bmcplatform.profiles.pldm.SetEventReceiverResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pldm-events step against a scripted terminus, the platform at EID 8. Requests laid out from DSP0248:
 * EventMessageSupported {@code 01 80 02 0c 01} (formatVersion 1); SetEventReceiver {@code 01 81 02 04 01 00 08}
 * (enableAsync, transport MCTP, EID 8, no heartbeat timer).
 */
class PldmEventsStepTest {
    private static final int NET = 1;
    private static final EndpointId EID = EndpointId.of(30);
    private static final Bytes EVENT_MESSAGE_SUPPORTED = Bytes.fromHex("01 80 02 0c 01");
    private static final Bytes SET_EVENT_RECEIVER = Bytes.fromHex("01 81 02 04 01 00 08");

    private final ScriptedPeer terminus = new ScriptedPeer(NET, EID);
    private final ProfileEngine engine = new ProfileEngine(terminus, RequestOptions.DEFAULT,
            new VirtualScheduler(Instant.parse("2026-01-01T00:00:00Z")), Optional.of(EndpointId.of(8)));
    private final DeviceProfile profile = ProfileReader.read(new StringReader(String.join("\n", "id: pldm/events-test",
            "name: Events", "class: hba", "match: { message-types: [pldm] }", "identification: [pldm-events]", "")), "e.yaml");

    @AfterEach
    void scriptIsFollowedExactly() {
        assertThat(terminus.mismatches()).isEmpty();
        assertThat(terminus.remaining()).isZero();
    }

    private static <T> T done(CompletableFuture<T> f) {
        assertThat(f).isDone();
        return f.join();
    }

    @Test
    void aTerminusWithAsynchronousEventsGetsThePlatformAsReceiver() {
        terminus.expect(EVENT_MESSAGE_SUPPORTED, PldmCodec.encode(new EventMessageSupportedResponse(0,
                        EventMessageGlobalEnable.DISABLE, 0b0011, List.of(0))))
                .expect(SET_EVENT_RECEIVER, PldmCodec.encode(new SetEventReceiverResponse(1)));

        Identification id = done(engine.identify(profile, NET, EID));

        assertThat(id.assets()).containsEntry("pldmEvents", "async");
        assertThat(id.warnings()).isEmpty();
    }

    @Test
    void withoutEventMessageSupportedSetEventReceiverIsTriedAndUnsupportedIsNoWarning() {
        terminus.expect(EVENT_MESSAGE_SUPPORTED, PldmCodec.encode(new ErrorResponse(0, PldmCommand.EVENT_MESSAGE_SUPPORTED,
                        CompletionCode.ERROR_UNSUPPORTED_PLDM_CMD)))
                .expect(SET_EVENT_RECEIVER, PldmCodec.encode(new ErrorResponse(1, PldmCommand.SET_EVENT_RECEIVER,
                        CompletionCode.ERROR_UNSUPPORTED_PLDM_CMD)));

        Identification id = done(engine.identify(profile, NET, EID));

        assertThat(id.assets()).doesNotContainKey("pldmEvents");
        assertThat(id.warnings()).isEmpty();
    }

    @Test
    void aTerminusThatOnlyPollsIsLeftAloneAndARefusalIsAWarning() {
        terminus.expect(EVENT_MESSAGE_SUPPORTED, PldmCodec.encode(new EventMessageSupportedResponse(0,
                EventMessageGlobalEnable.DISABLE, 0b0101, List.of(0))));
        assertThat(done(engine.identify(profile, NET, EID)).assets()).doesNotContainKey("pldmEvents");

        terminus.expect(Bytes.fromHex("01 81 02 0c 01"), PldmCodec.encode(new ErrorResponse(1, PldmCommand.EVENT_MESSAGE_SUPPORTED,
                        CompletionCode.ERROR_UNSUPPORTED_PLDM_CMD)))
                .expect(Bytes.fromHex("01 82 02 04 01 00 08"), PldmCodec.encode(new ErrorResponse(2, PldmCommand.SET_EVENT_RECEIVER,
                        CompletionCode.ENABLE_METHOD_NOT_SUPPORTED)));
        assertThat(done(engine.identify(profile, NET, EID)).warnings()).singleElement().asString()
                .startsWith("pldm-events: SetEventReceiver: terminus answered").contains("enable method not supported");
    }
}
