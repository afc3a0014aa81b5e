package org.bmcplatform.mctp.binding.serial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.VectorFiles;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two stacks (EID 8 and 9) talking over serial bindings on a pipe at 115200 baud, in virtual time. */
class SerialStackTest {
    private static final int NET = 1;
    private static final EndpointId REQUESTER = EndpointId.of(8);
    private static final EndpointId RESPONDER = EndpointId.of(9);

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final SerialPipe.Pair pipe = SerialPipe.pair(scheduler, SerialPipe.byteTime(115200));
    private final RecordingLine requesterWire = new RecordingLine(pipe.a());
    private final MctpStack requester = new MctpStack(scheduler, StackSettings.DEFAULTS);
    private final MctpStack responder = new MctpStack(scheduler, StackSettings.DEFAULTS);

    private void connect(int mtu) {
        MctpInterface ri = requester.addInterface("ttyS1", NET, new SerialBinding(requesterWire, mtu));
        MctpInterface si = responder.addInterface("ttyS1", NET, new SerialBinding(pipe.b(), mtu));
        ri.setLocalEid(REQUESTER);
        si.setLocalEid(RESPONDER);
        requester.routes().add(new Route(NET, RESPONDER, RESPONDER, "ttyS1", Optional.empty(), mtu));
        responder.routes().add(new Route(NET, REQUESTER, REQUESTER, "ttyS1", Optional.empty(), mtu));
        responder.handle(MessageType.PLDM, RequestHandler.immediate(r -> Optional.of(r.message().slice(0, 2))));
    }

    @AfterEach
    void close() {
        requester.close();
        responder.close();
    }

    private Bytes await(java.util.concurrent.CompletableFuture<Bytes> f) throws TimeoutException {
        return scheduler.await(f, Duration.ofSeconds(5));
    }

    @Test
    void twoHundredByteMessageGoesOutAsTheFourBaselineFramesOfV7() throws TimeoutException {
        // reference §10.5 (V7): type 0x01 then 01..C7, EID 8 -> 9, TO=1 tag 3, sequence from 0
        connect(68);
        byte[] m = new byte[200];
        m[0] = 0x01;
        for (int i = 1; i < m.length; i++) {
            m[i] = (byte) i;
        }
        for (int tag = 0; tag < 3; tag++) {
            await(requester.request(NET, RESPONDER, Bytes.ofUnsigned(0x01, tag)));
        }
        requesterWire.writes().clear();

        Bytes answer = await(requester.request(NET, RESPONDER, Bytes.wrap(m)));

        List<JsonNode> v7 = VectorFiles.cases("dsp0253/baseline-fragments-v7.json");
        assertThat(requesterWire.writes()).hasSize(v7.size());
        for (int i = 0; i < v7.size(); i++) {
            Bytes frame = requesterWire.writes().get(i);
            JsonNode c = v7.get(i);
            assertThat(frame.length()).as("frame %d length", i).isEqualTo(c.get("serialFrameLength").asInt());
            assertThat(frame.slice(frame.length() - 3, frame.length() - 1)).as("frame %d FCS", i)
                    .isEqualTo(VectorFiles.hex(c, "serialFcs"));
            if (c.has("serialFrame")) {
                assertThat(frame).isEqualTo(VectorFiles.hex(c, "serialFrame"));
            }
        }
        assertThat(answer).isEqualTo(Bytes.ofUnsigned(0x01, 0x01));
    }

    @Test
    void wireTimeOfTheExchangeIsChargedAt115200Baud() throws TimeoutException {
        connect(68);
        long before = scheduler.nanoTime();
        await(requester.request(NET, RESPONDER, Bytes.ofUnsigned(0x01, 0x02)));
        long elapsed = scheduler.nanoTime() - before;

        // request 4+2 bytes and response 4+2 bytes, each framed with 6 bytes: 12 bytes each way
        List<Bytes> frames = new ArrayList<>(requesterWire.writes());
        assertThat(frames).singleElement().satisfies(f -> assertThat(f.length()).isEqualTo(12));
        assertThat(elapsed).isEqualTo(2 * 12 * SerialPipe.byteTime(115200).toNanos());
    }
}
