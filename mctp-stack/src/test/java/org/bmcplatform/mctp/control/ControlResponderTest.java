package org.bmcplatform.mctp.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.IncomingRequest;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.VectorFiles;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.junit.jupiter.api.Test;

/** The responder on an endpoint stack, asked by a bus owner stack over an in-memory SMBus segment. */
class ControlResponderTest {
    private final ControlBench bench = new ControlBench();

    @Test
    void unassignedEndpointReportsNullEidDynamicSimple() {
        bench.installResponder(ControlBench.simpleEndpoint(Optional.empty()));

        GetEndpointIdResponse r = bench.await(bench.requester.getEndpointId(bench.physical()));

        assertThat(r).isEqualTo(new GetEndpointIdResponse(r.instanceId(), CompletionCode.SUCCESS, EndpointId.NULL,
                GetEndpointIdResponse.ENDPOINT_SIMPLE, GetEndpointIdResponse.EID_DYNAMIC, 0));
    }

    @Test
    void setEidSetsTheInterfaceEidAndAnswersAcceptedWithIt() {
        bench.installResponder(ControlBench.simpleEndpoint(Optional.empty()));

        SetEndpointIdResponse r = bench.await(bench.requester.setEndpointId(bench.physical(), SetEidOperation.SET_EID,
                EndpointId.of(9)));

        assertThat(r).isEqualTo(SetEndpointIdResponse.accepted(r.instanceId(), EndpointId.of(9)));
        assertThat(bench.endpointInterface.localEid()).isEqualTo(EndpointId.of(9));
        assertThat(bench.await(bench.requester.getEndpointId(bench.physical())).eid()).isEqualTo(EndpointId.of(9));
    }

    @Test
    void forceEidAlsoSetsTheEid() {
        bench.installResponder(ControlBench.simpleEndpoint(Optional.empty()));
        bench.await(bench.requester.setEndpointId(bench.physical(), SetEidOperation.FORCE_EID, EndpointId.of(0x30)));
        assertThat(bench.endpointInterface.localEid()).isEqualTo(EndpointId.of(0x30));
    }

    @Test
    void eidOutside8To254IsInvalidData() {
        bench.installResponder(ControlBench.simpleEndpoint(Optional.empty()));
        for (int bad : new int[] {0, 7, 255}) {
            SetEndpointIdResponse r = bench.await(bench.requester.setEndpointId(bench.physical(), SetEidOperation.SET_EID,
                    EndpointId.of(bad)));
            assertThat(r.completionCode()).isEqualTo(CompletionCode.ERROR_INVALID_DATA);
        }
        assertThat(bench.endpointInterface.localEid()).isEqualTo(EndpointId.NULL);
    }

    @Test
    void resetToStaticUsesTheStaticEidOrAnswersInvalidData() {
        bench.installResponder(ControlBench.simpleEndpoint(Optional.of(EndpointId.of(0x40))));
        SetEndpointIdResponse r = bench.await(bench.requester.setEndpointId(bench.physical(), SetEidOperation.RESET_EID,
                EndpointId.NULL));
        assertThat(r.accepted()).isTrue();
        assertThat(r.eid()).isEqualTo(EndpointId.of(0x40));
        assertThat(bench.await(bench.requester.getEndpointId(bench.physical())).eidType())
                .isEqualTo(GetEndpointIdResponse.EID_STATIC_CURRENT);

        bench.installResponder(ControlBench.simpleEndpoint(Optional.empty()));
        assertThat(bench.await(bench.requester.setEndpointId(bench.physical(), SetEidOperation.RESET_EID, EndpointId.NULL))
                .completionCode()).isEqualTo(CompletionCode.ERROR_INVALID_DATA);
    }

    @Test
    void busOwnerRefusesSetEidAsUnsupportedAndReportsItsType() {
        // mctpd PR #96: a bus owner answers Set EID with ERROR_UNSUPPORTED_CMD
        bench.endpointInterface.setLocalEid(EndpointId.of(0x50));
        bench.installResponder(new EndpointIdentity(ControlBench.ENDPOINT_UUID, Set.of(), true, Optional.empty(), List.of()));

        SetEndpointIdResponse s = bench.await(bench.requester.setEndpointId(bench.physical(), SetEidOperation.SET_EID,
                EndpointId.of(9)));
        GetEndpointIdResponse g = bench.await(bench.requester.getEndpointId(bench.physical()));

        assertThat(s.completionCode()).isEqualTo(CompletionCode.ERROR_UNSUPPORTED_CMD);
        assertThat(bench.endpointInterface.localEid()).isEqualTo(EndpointId.of(0x50));
        assertThat(g.busOwnerOrBridge()).isTrue();
    }

    @Test
    void busOwnerActingAsEndpointOnALinkTakesSetEidThereAndReportsASimpleEndpoint() {
        // DSP0236 §8.17: on a link whose far end is the bus owner we are an endpoint, and that owner assigns our EID
        bench.endpointInterface.setLocalEid(EndpointId.of(0x50));
        ControlResponder r = bench.installResponder(
                new EndpointIdentity(ControlBench.ENDPOINT_UUID, Set.of(), true, Optional.empty(), List.of()));
        r.actAsEndpointOn(ControlBench.BUS);

        GetEndpointIdResponse g = bench.await(bench.requester.getEndpointId(bench.physical()));
        SetEndpointIdResponse s = bench.await(bench.requester.setEndpointId(bench.physical(), SetEidOperation.SET_EID,
                EndpointId.of(9)));

        assertThat(g.busOwnerOrBridge()).isFalse();
        assertThat(s).isEqualTo(SetEndpointIdResponse.accepted(s.instanceId(), EndpointId.of(9)));
        assertThat(bench.endpointInterface.localEid()).isEqualTo(EndpointId.of(9));
    }

    @Test
    void uuidMessageTypesAndVersionsAreAnswered() {
        bench.installResponder(ControlBench.simpleEndpoint(Optional.empty(), MessageType.NVME_MI));

        assertThat(bench.await(bench.requester.getEndpointUuid(bench.physical())).uuid()).isEqualTo(ControlBench.ENDPOINT_UUID);
        assertThat(bench.await(bench.requester.getMessageTypeSupport(bench.physical())).messageTypes())
                .containsExactly(MessageType.CONTROL, MessageType.NVME_MI);
        for (int type : new int[] {0xFF, 0x00}) {
            assertThat(bench.await(bench.requester.getMctpVersionSupport(bench.physical(), type)).versions())
                    .extracting(MctpVersion::label).containsExactly("1.0", "1.1", "1.2", "1.3.1");
        }
        assertThat(bench.await(bench.requester.getMctpVersionSupport(bench.physical(), 0x04)).completionCode())
                .isEqualTo(CompletionCode.MESSAGE_TYPE_NOT_SUPPORTED);
    }

    @Test
    void vendorDefinedSetsAreWalkedBySelector() {
        bench.installResponder(new EndpointIdentity(ControlBench.ENDPOINT_UUID, Set.of(MessageType.VENDOR_PCI), false,
                Optional.empty(), List.of(VendorDefinedSupport.pci(0x144D, 1), VendorDefinedSupport.iana(0xABCD, 2))));

        GetVendorDefinedMessageSupportResponse first = bench.await(bench.requester.getVendorDefinedMessageSupport(bench.physical(), 0));
        GetVendorDefinedMessageSupportResponse second = bench.await(bench.requester.getVendorDefinedMessageSupport(bench.physical(), 1));
        GetVendorDefinedMessageSupportResponse beyond = bench.await(bench.requester.getVendorDefinedMessageSupport(bench.physical(), 2));

        assertThat(first.nextSelector()).isEqualTo(1);
        assertThat(first.support()).contains(VendorDefinedSupport.pci(0x144D, 1));
        assertThat(second.nextSelector()).isEqualTo(0xFF);
        assertThat(beyond.completionCode()).isEqualTo(CompletionCode.ERROR_INVALID_DATA);
    }

    @Test
    void unsupportedCommandIsAnsweredWithCompletionCode5() {
        bench.installResponder(ControlBench.simpleEndpoint(Optional.empty()));

        GenericResponse r = bench.await(bench.requester.send(bench.physical(),
                iid -> new GenericRequest(iid, ControlCommand.GET_NETWORK_ID, Bytes.EMPTY), GenericResponse.class));

        assertThat(r.completionCode()).isEqualTo(CompletionCode.ERROR_UNSUPPORTED_CMD);
        assertThat(r.command()).isEqualTo(ControlCommand.GET_NETWORK_ID);
    }

    @Test
    void vectorRequestsGetTheVectorResponsesByteForByte() {
        // mctp-control.json: libmctp's answers for an endpoint that supports only control
        ControlResponder responder = bench.installResponder(ControlBench.simpleEndpoint(Optional.empty()));
        for (JsonNode c : VectorFiles.cases("dsp0236/mctp-control.json")) {
            if (!c.has("response")) {
                continue;
            }
            assertThat(responder.answer(incoming(VectorFiles.hex(c, "packet")))).as(c.get("id").asText()).contains(VectorFiles.hex(c, "response").slice(4));
        }
    }

    @Test
    void unassignedEndpointAnswersGetEidThenSetEidLikeTheVectors() {
        ControlResponder responder = bench.installResponder(ControlBench.simpleEndpoint(Optional.empty()));
        Map<String, Bytes> v = new HashMap<>();
        VectorFiles.cases("dsp0236/mctp-control.json").forEach(c -> v.put(c.get("id").asText(), VectorFiles.hex(c, "packet")));

        assertThat(responder.answer(incoming(v.get("get-eid-req-physical")))).contains(v.get("get-eid-rsp-unassigned").slice(4));
        assertThat(responder.answer(incoming(v.get("set-eid-req")))).contains(v.get("set-eid-rsp").slice(4));
        assertThat(bench.endpointInterface.localEid()).isEqualTo(EndpointId.of(9));
    }

    private static IncomingRequest incoming(Bytes packet) {
        return new IncomingRequest(ControlBench.NETWORK, EndpointId.of(packet.get(2)), EndpointId.of(packet.get(1)),
                packet.get(3) & 0x07, packet.slice(4), ControlBench.BUS, LinkAddress.smbus(0x10));
    }

    @Test
    void malformedRequestIsAnsweredInvalidLengthAndCounted() {
        ControlResponder responder = bench.installResponder(ControlBench.simpleEndpoint(Optional.empty()));

        Bytes reply = bench.await(bench.owner.requestPhysical(ControlBench.BUS, ControlBench.ENDPOINT_ADDRESS,
                Bytes.fromHex("00 85 01 00"), RequestOptions.DEFAULT));

        assertThat(reply).isEqualTo(Bytes.fromHex("00 05 01 03"));
        assertThat(responder.drops().get(DropReason.MALFORMED_CONTROL_MESSAGE)).isEqualTo(1);
        assertThat(bench.endpointInterface.drops().get(DropReason.MALFORMED_CONTROL_MESSAGE)).isEqualTo(1);
        assertThat(bench.endpointInterface.localEid()).isEqualTo(EndpointId.NULL);
    }

    @Test
    void malformedDatagramIsCountedButNeverAnswered() {
        // reference mctp-stack.md §4.1: D=1 marks a request that expects no response, a malformed one included
        ControlResponder responder = bench.installResponder(ControlBench.simpleEndpoint(Optional.empty()));

        assertThat(responder.answer(incoming(Bytes.fromHex("01 00 08 c8 00 c5 01 00")))).isEmpty();

        assertThat(responder.drops().get(DropReason.MALFORMED_CONTROL_MESSAGE)).isEqualTo(1);
        assertThat(bench.endpointInterface.localEid()).isEqualTo(EndpointId.NULL);
    }
}
