package org.bmcplatform.mctp.binding.astlpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.VectorFiles;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/**
 * The libmctp run of reference §10.7, step by step: BMC init, host init, channel activation and a BMC to
 * host transmission, each checked byte for byte against the recorded control region, KCS registers and
 * v3 buffers. KCS notifications take 1 µs so each step can be observed before the other side reacts.
 */
class AstLpcVectorTest {
    private static final JsonNode V = VectorFiles.load("astlpc/astlpc-sequence.json");
    private static final Duration STEP = Duration.ofNanos(1000);

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final KcsPair kcs = KcsPair.create(scheduler, STEP);
    private final LpcWindow window = LpcWindow.inMemory();
    private final AstLpcBinding bmc = new AstLpcBinding(kcs.bmc(), window, AstLpcSettings.bmc(68));
    private final AstLpcBinding host = new AstLpcBinding(kcs.host(), window, AstLpcSettings.host(68));
    private final List<Bytes> atHost = new ArrayList<>();

    private static int num(JsonNode n, String field) {
        return VectorFiles.number(n, field);
    }

    @Test
    void bmcInitWritesTheControlRegionAndStatusByteForByte() {
        bmc.start((p, s) -> { });

        JsonNode init = V.get("bmcInit");
        assertThat(window.read(0, 32)).isEqualTo(VectorFiles.hex(init, "controlRegion"));
        assertThat(kcs.status()).isEqualTo(num(init, "str"));
        assertThat(kcs.odr()).isEqualTo(num(init, "odr"));
    }

    @Test
    void hostInitAnnouncesItsVersionsAndSendsInitialise() {
        bmc.start((p, s) -> { });
        host.start((p, s) -> atHost.add(p));

        JsonNode h = V.get("hostInit");
        assertThat(window.read(num(h, "offset"), 4)).isEqualTo(VectorFiles.hex(h, "bytes"));
        assertThat(kcs.idr()).isEqualTo(num(h, "idr"));
        assertThat(kcs.status() & num(h, "strSet")).isEqualTo(num(h, "strSet"));
        // v3 host proposes rx_size for its MTU: 68 + 8 = 76, unchanged from the BMC's offer
        assertThat(window.read(0x10, 16)).isEqualTo(VectorFiles.hex(V.get("bmcInit"), "controlRegion").slice(0x10));
    }

    @Test
    void bmcAnswersInitialiseWithVersionThreeAndChannelActive() {
        bmc.start((p, s) -> { });
        // a scripted host: announce versions 1..3 as recorded, then Initialise
        JsonNode h = V.get("hostInit");
        window.write(num(h, "offset"), VectorFiles.hex(h, "bytes"));
        kcs.host().readData(); // consume the BMC's dummy
        kcs.host().writeData(num(h, "idr"));
        scheduler.advance(STEP);

        JsonNode c = V.get("channelActive");
        assertThat(window.read(num(c, "offset"), 2)).isEqualTo(VectorFiles.hex(c, "bytes"));
        assertThat(kcs.status()).isEqualTo(num(c, "str"));
        assertThat(kcs.odr()).isEqualTo(num(c, "odr"));
        assertThat(bmc.isLinkUp()).isTrue();
        assertThat(bmc.mtu()).isEqualTo(68);
    }

    @Test
    void hostAdoptsTheNegotiatedVersion() {
        bmc.start((p, s) -> { });
        host.start((p, s) -> atHost.add(p));
        scheduler.advance(STEP.multipliedBy(3));

        assertThat(host.isLinkUp()).isTrue();
        assertThat(host.negotiatedVersion()).isEqualTo(3);
        assertThat(host.mtu()).isEqualTo(68);
        assertThat(window.read(0, 32)).isEqualTo(Bytes.fromHex(
                "4D 43 54 50 00 01 00 03 00 01 00 03 00 03 00 00 00 00 01 00 00 00 00 4C 00 00 01 4C 00 00 00 4C"));
    }

    @Test
    void bmcToHostPacketsFillTheBufferWithLengthPacketAndCrc() throws Exception {
        bmc.start((p, s) -> { });
        host.start((p, s) -> atHost.add(p));
        scheduler.advance(STEP.multipliedBy(2));

        for (JsonNode t : V.get("bmcToHost")) {
            Bytes packet = VectorFiles.hex(t, "packet");
            CompletableFuture<Void> sent = bmc.transmit(packet, bmc.localAddress()).toCompletableFuture();

            Bytes expected = VectorFiles.hex(t, "buffer");
            assertThat(window.read(num(t, "bufferOffset"), expected.length())).as(t.get("id").asText()).isEqualTo(expected);
            assertThat(kcs.odr()).isEqualTo(num(t, "odr"));

            scheduler.advance(STEP);
            assertThat(kcs.idr()).isEqualTo(num(t, "idrAfterHost"));
            scheduler.await(sent, Duration.ofMillis(1));
        }
        assertThat(atHost).containsExactly(VectorFiles.hex(V.get("bmcToHost").get(0), "packet"),
                VectorFiles.hex(V.get("bmcToHost").get(1), "packet"));
    }

    @Test
    void framingEncodesAndDecodesTheRecordedBuffers() {
        for (JsonNode t : V.get("bmcToHost")) {
            Bytes packet = VectorFiles.hex(t, "packet");
            Bytes buffer = VectorFiles.hex(t, "buffer");
            assertThat(Bytes.wrap(AstLpcFraming.encode(3, packet))).isEqualTo(buffer);
            assertThat(AstLpcFraming.decode(3, buffer.toArray(), 68)).isEqualTo(new AstLpcFraming.Accepted(packet));
        }
    }

    @Test
    void crc32IsTheIeeeCatalogueCrc() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(AstLpcFraming.crc32(check, 0, check.length)).isEqualTo(0xCBF43926L);
    }
}
