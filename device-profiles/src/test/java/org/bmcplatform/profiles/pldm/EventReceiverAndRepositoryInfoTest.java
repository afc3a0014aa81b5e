package org.bmcplatform.profiles.pldm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/**
 * GetPDRRepositoryInfo (0x50), SetEventReceiver (0x04) and EventMessageSupported (0x0C), laid out byte by byte
 * from the DSP0248 command tables (the same bytes are vectors in independent.json). Messages start with the MCTP
 * type byte 01, then Rq|D|IID, header version 0 | type 2 = 02, the command.
 */
class EventReceiverAndRepositoryInfoTest {
    @Test
    void getPdrRepositoryInfoResponseIsFortyOneBytesAfterTheHeader() {
        // DSP0248 Table "GetPDRRepositoryInfo command format", response:
        Bytes wire = Bytes.fromHex("01 03 02 50" // type, Rq=0 IID 3, type 2, command 0x50
                + " 00" //                             completionCode SUCCESS
                + " 01" //                             repositoryState enum8: 1 updateInProgress
                + " 00 00 00 00 00 00 00 00 00 00 00 00 00" // updateTime timestamp104 (13 bytes, unspecified)
                + " 00 00 00 00 00 00 00 00 00 00 00 00 00" // OEMUpdateTime timestamp104
                + " 05 00 00 00" //                    recordCount u32 LE = 5
                + " 00 01 00 00" //                    repositorySize u32 LE = 256
                + " 40 00 00 00" //                    largestRecordSize u32 LE = 64
                + " 1e"); //                           dataTransferHandleTimeout u8 = 30 s
        assertThat(wire.length() - 4).isEqualTo(41);
        GetPdrRepositoryInfoResponse expected = new GetPdrRepositoryInfoResponse(3, RepositoryState.UPDATE_IN_PROGRESS,
                GetPdrRepositoryInfoResponse.UNSPECIFIED_TIME, GetPdrRepositoryInfoResponse.UNSPECIFIED_TIME, 5, 256, 64, 30);
        assertThat(PldmCodec.decode(wire)).isEqualTo(expected);
        assertThat(PldmCodec.encode(expected)).isEqualTo(wire);
        assertThat(PldmCodec.encode(new GetPdrRepositoryInfoRequest(3))).isEqualTo(Bytes.fromHex("01 83 02 50"));
    }

    @Test
    void setEventReceiverCarriesTheHeartbeatOnlyForAsyncKeepAlive() {
        // DSP0248 Table "SetEventReceiver command format", request:
        Bytes keepAlive = Bytes.fromHex("01 84 02 04" // Rq=1 IID 4, command 0x04
                + " 03" //   eventMessageGlobalEnable 3 enableAsyncKeepAlive
                + " 00" //   transportProtocolType 0 MCTP
                + " 09" //   eventReceiverAddressInfo: the receiver's EID 9
                + " 3c 00"); // heartbeatTimer u16 LE = 60 s
        assertThat(PldmCodec.decode(keepAlive)).isEqualTo(SetEventReceiverRequest.mctp(4,
                EventMessageGlobalEnable.ENABLE_ASYNC_KEEP_ALIVE, 9, OptionalInt.of(60)));
        // enableAsync (1): no heartbeatTimer field at all
        assertThat(PldmCodec.encode(SetEventReceiverRequest.async(4, 9))).isEqualTo(Bytes.fromHex("01 84 02 04 01 00 09"));
        assertThat(SetEventReceiverRequest.async(4, 9).receiverEid()).hasValue(9);
        // response: completion code only
        assertThat(PldmCodec.decode(Bytes.fromHex("01 04 02 04 00"))).isEqualTo(new SetEventReceiverResponse(4));

        assertThatThrownBy(() -> SetEventReceiverRequest.mctp(4, EventMessageGlobalEnable.ENABLE_ASYNC, 9, OptionalInt.of(60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enableAsyncKeepAlive");
        assertThatThrownBy(() -> PldmCodec.decode(Bytes.fromHex("01 84 02 04 01 00 09 3c 00")))
                .isInstanceOf(PldmFormatException.class);
    }

    @Test
    void eventMessageSupportedListsTheModesAndEventClasses() {
        // DSP0248 Table "EventMessageSupported command format", response:
        Bytes wire = Bytes.fromHex("01 05 02 0c 00" // IID 5, command 0x0C, SUCCESS
                + " 03" //    synchronyConfiguration 3 enableAsyncKeepAlive
                + " 0b" //    synchronyConfigurationSupported: bits 0, 1, 3 (disable, async, async keep-alive)
                + " 01 00"); // numberEventClassReturned 1, eventClass 0 sensorEvent
        EventMessageSupportedResponse r = (EventMessageSupportedResponse) PldmCodec.decode(wire);
        assertThat(r).isEqualTo(new EventMessageSupportedResponse(5, EventMessageGlobalEnable.ENABLE_ASYNC_KEEP_ALIVE, 0x0B,
                List.of(PlatformEvent.SENSOR_EVENT)));
        assertThat(r.supports(EventMessageGlobalEnable.ENABLE_ASYNC)).isTrue();
        assertThat(r.supports(EventMessageGlobalEnable.ENABLE_POLLING)).isFalse();
        assertThat(PldmCodec.encode(EventMessageSupportedRequest.of(5))).isEqualTo(Bytes.fromHex("01 85 02 0c 01"));
    }
}
