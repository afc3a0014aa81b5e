package org.bmcplatform.mctp.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.VectorFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Control messages from the independent DSP0236 vector file; the message starts after the 4-byte transport header. */
class ControlCodecVectorTest {
    private static final String FILE = "dsp0236/mctp-control.json";
    private static final Set<String> TRANSPORT_FIELDS = Set.of("dst", "src", "som", "eom", "seq", "to", "tag");

    static Stream<Arguments> messages() {
        return VectorFiles.cases(FILE).stream().flatMap(c -> {
            Stream<Arguments> s = Stream.of(Arguments.of(c.get("id").asText() + " packet", VectorFiles.hex(c, "packet"), c));
            if (c.has("response")) {
                s = Stream.concat(s, Stream.of(Arguments.of(c.get("id").asText() + " response", VectorFiles.hex(c, "response"), null)));
            }
            return s;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void messageDecodesAndEncodesBackToTheVectorBytes(String name, Bytes packet, JsonNode c) {
        Bytes message = packet.slice(4);

        ControlMessage decoded = ControlCodec.decode(message);

        assertThat(ControlCodec.encode(decoded)).isEqualTo(message);
        if (c != null && c.has("fields")) {
            Map<String, Object> actual = fields(decoded, message);
            c.get("fields").fields().forEachRemaining(e -> {
                if (!TRANSPORT_FIELDS.contains(e.getKey())) {
                    Object expected = e.getValue().isBoolean() ? (Object) e.getValue().asBoolean() : (Object) e.getValue().asInt();
                    assertThat(actual).as(e.getKey()).containsEntry(e.getKey(), expected);
                }
            });
        }
    }

    private static Map<String, Object> fields(ControlMessage m, Bytes message) {
        Map<String, Object> f = new HashMap<>();
        f.put("type", message.get(0));
        f.put("rq", m instanceof ControlRequest);
        f.put("iid", m.instanceId());
        f.put("command", m.command().code());
        if (m instanceof ControlResponse r) {
            f.put("completion", r.completionCode().code());
        }
        if (m instanceof GetEndpointIdResponse g) {
            f.put("eid", g.eid().value());
            f.put("endpointType", g.endpointType());
            f.put("eidType", g.eidType());
            f.put("medium", g.mediumSpecific());
        } else if (m instanceof SetEndpointIdRequest s) {
            f.put("operation", s.operation().code());
            f.put("eid", s.eid().value());
        } else if (m instanceof SetEndpointIdResponse s) {
            f.put("status", s.assignmentStatus() << 4 | s.poolStatus());
            f.put("eid", s.eid().value());
            f.put("poolSize", s.poolSize());
        }
        return f;
    }

    @Test
    void vectorsDecodeToTheExpectedRecords() {
        Map<String, JsonNode> byId = new HashMap<>();
        VectorFiles.cases(FILE).forEach(c -> byId.put(c.get("id").asText(), c));

        assertThat(decode(byId.get("get-eid-req-physical"), "packet")).isEqualTo(new GetEndpointIdRequest(0));
        assertThat(decode(byId.get("get-eid-rsp-static"), "packet"))
                .isEqualTo(new GetEndpointIdResponse(0, CompletionCode.SUCCESS, EndpointId.of(9),
                        GetEndpointIdResponse.ENDPOINT_SIMPLE, GetEndpointIdResponse.EID_STATIC_SUPPORTED, 0));
        assertThat(decode(byId.get("set-eid-req"), "packet"))
                .isEqualTo(new SetEndpointIdRequest(1, SetEidOperation.SET_EID, EndpointId.of(9)));
        assertThat(decode(byId.get("set-eid-rsp"), "packet")).isEqualTo(SetEndpointIdResponse.accepted(1, EndpointId.of(9)));
        assertThat(decode(byId.get("get-msgtypes-req-rsp"), "packet")).isEqualTo(new GetMessageTypeSupportRequest(3));
        assertThat(decode(byId.get("get-msgtypes-req-rsp"), "response"))
                .isEqualTo(new GetMessageTypeSupportResponse(3, CompletionCode.SUCCESS, List.of(MessageType.CONTROL)));
        assertThat(decode(byId.get("get-network-id-unsupported"), "packet"))
                .isEqualTo(new GenericRequest(4, ControlCommand.GET_NETWORK_ID, Bytes.EMPTY));
        assertThat(decode(byId.get("get-network-id-unsupported"), "response"))
                .isEqualTo(GenericResponse.unsupported(4, ControlCommand.GET_NETWORK_ID));
    }

    private static ControlMessage decode(JsonNode c, String field) {
        return ControlCodec.decode(VectorFiles.hex(c, field).slice(4));
    }
}
