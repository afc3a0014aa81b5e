package org.bmcplatform.mctp.binding.pcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestHandler;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two ends over one memory-mapped channel file, as two processes would use it, on virtual time. */
class PccFileTest {
    private static final Duration POLL = Duration.ofNanos(200_000);
    private static final Bytes GET_EID = Bytes.fromHex("01 00 08 c8 00 80 02");

    @TempDir
    Path dir;

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private PccBinding open(String spec) {
        PccBinding b = new PccBinding(PccFile.open(BindingSpec.parse(spec), scheduler));
        toClose.add(b);
        return b;
    }

    private String spec(String role) {
        return "pcc-file:" + dir.resolve("pcc0") + "?size=1024&role=" + role + "&poll-us=200";
    }

    @Test
    void twoBindingsOverOneFileExchangePacketsBothWays() {
        PccBinding ospm = open(spec("ospm"));
        PccBinding platform = open(spec("platform"));
        List<Bytes> atOspm = new ArrayList<>();
        List<Bytes> atPlatform = new ArrayList<>();
        ospm.start((p, s) -> atOspm.add(p));
        platform.start((p, s) -> atPlatform.add(p));

        List<CompletableFuture<Void>> fs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fs.add(ospm.transmit(packet(30 + i, i), LinkAddress.NONE).toCompletableFuture());
            fs.add(platform.transmit(packet(40 + i, i), LinkAddress.NONE).toCompletableFuture());
        }
        scheduler.advance(POLL.multipliedBy(40));

        assertThat(fs).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(atPlatform).containsExactly(packet(30, 0), packet(31, 1), packet(32, 2), packet(33, 3), packet(34, 4));
        assertThat(atOspm).containsExactly(packet(40, 0), packet(41, 1), packet(42, 2), packet(43, 3), packet(44, 4));
        assertThat(ospm.mtu()).isEqualTo(1024 - 16);
        assertThat(ospm.drops().total() + platform.drops().total()).isZero();
    }

    @Test
    void fileHoldsTheDocumentedLayout() throws IOException {
        PccBinding ospm = open(spec("ospm"));
        ospm.start((p, s) -> { });
        ospm.transmit(GET_EID, LinkAddress.NONE);

        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("pcc0"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(file.capacity()).isEqualTo(0x40 + 2 * 1024);
        assertThat(file.getInt(0x00)).isEqualTo(0x46434350); // "PCCF"
        assertThat(file.getInt(0x04)).isEqualTo(1);
        assertThat(file.getInt(0x08)).isEqualTo(1024);
        assertThat(file.getInt(0x0C)).isEqualTo(2);
        assertThat(file.getInt(0x10)).isEqualTo(3);
        assertThat(file.getInt(0x14)).isEqualTo((int) ProcessHandle.current().pid());
        assertThat(file.getInt(0x18)).isZero();
        assertThat(file.getInt(0x20)).as("initiator doorbell count").isEqualTo(1);
        assertThat(file.getInt(0x28)).as("initiator command complete").isZero();
        assertThat(file.getInt(0x38)).as("responder command complete").isEqualTo(1);
        byte[] region = new byte[23];
        file.get(0x40, region);
        // DSP0292 vector on outbox subspace 2 (reference/mctp-stack.md §10.6)
        assertThat(Bytes.wrap(region)).isEqualTo(Bytes.fromHex("02 43 43 50 01 00 00 00 0b 00 00 00 4d 43 54 50 01 00 08 c8 00 80 02"));
    }

    @Test
    void packetPostedBeforeThePlatformOpenedArrivesWhenItStarts() {
        PccBinding ospm = open(spec("ospm"));
        ospm.start((p, s) -> { });
        CompletableFuture<Void> f = ospm.transmit(GET_EID, LinkAddress.NONE).toCompletableFuture();
        scheduler.advance(POLL.multipliedBy(5));
        assertThat(ospm.isLinkUp()).isFalse();

        PccBinding platform = open(spec("platform"));
        List<Bytes> got = new ArrayList<>();
        platform.start((p, s) -> got.add(p));
        scheduler.advance(POLL.multipliedBy(5));

        assertThat(ospm.isLinkUp()).isTrue();
        assertThat(got).containsExactly(GET_EID);
        assertThat(f).isCompleted();
    }

    @Test
    void linkGoesDownWhenThePeerDetaches() {
        PccBinding ospm = open(spec("ospm"));
        PccBinding platform = open(spec("platform"));
        assertThat(ospm.isLinkUp()).isTrue();

        platform.close();

        assertThat(ospm.isLinkUp()).isFalse();
        assertThat(platform.isLinkUp()).isFalse();
    }

    @Test
    void fragmentedKibibyteMessageCrossesBetweenTwoStacks() throws TimeoutException {
        PccBinding ospm = open(spec("ospm"));
        PccBinding platform = open(spec("platform"));
        EndpointId hostEid = EndpointId.of(8);
        EndpointId bmcEid = EndpointId.of(9);
        MctpStack host = new MctpStack(scheduler, StackSettings.DEFAULTS);
        MctpStack bmc = new MctpStack(scheduler, StackSettings.DEFAULTS);
        toClose.add(host);
        toClose.add(bmc);
        MctpInterface hostIf = host.addInterface("pcc0", 1, ospm);
        MctpInterface bmcIf = bmc.addInterface("pcc0", 1, platform);
        hostIf.setLocalEid(hostEid);
        bmcIf.setLocalEid(bmcEid);
        // baseline route MTU: the 1 KiB message travels in 64-byte fragments
        host.routes().add(new Route(1, bmcEid, bmcEid, "pcc0", Optional.empty(), 68));
        host.neighbours().put("pcc0", bmcEid, LinkAddress.NONE);
        bmc.routes().add(new Route(1, hostEid, hostEid, "pcc0", Optional.empty(), 68));
        bmc.neighbours().put("pcc0", hostEid, LinkAddress.NONE);
        bmc.handle(MessageType.PLDM, RequestHandler.immediate(r -> Optional.of(r.message().concat(Bytes.ofUnsigned(0xAA)))));

        byte[] m = new byte[1024];
        m[0] = 0x01;
        for (int i = 1; i < m.length; i++) {
            m[i] = (byte) (i * 13 + 5);
        }
        Bytes message = Bytes.wrap(m);
        Bytes answer = scheduler.await(host.request(1, bmcEid, message), Duration.ofSeconds(10));

        assertThat(answer).isEqualTo(message.concat(Bytes.ofUnsigned(0xAA)));
        assertThat(hostIf.counters().packetsOut()).isEqualTo((1024 + 63) / 64);
        assertThat(bmcIf.counters().packetsOut()).isEqualTo((1025 + 63) / 64);
    }

    @Test
    void reopeningWithAnotherSizeOrTheSameRoleIsRefusedWithTheReason() {
        open(spec("ospm"));

        assertThatThrownBy(() -> open(spec("platform").replace("size=1024", "size=2048")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("size=2048");
        assertThatThrownBy(() -> open(spec("ospm")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already has a ospm end");
    }

    @Test
    void specOptionsAreCheckedByName() {
        assertThatThrownBy(() -> open(spec("ospm") + "&baud=9600")).hasMessageContaining("no option 'baud'");
        assertThatThrownBy(() -> open(spec("host"))).hasMessageContaining("'role'");
        assertThatThrownBy(() -> open(spec("ospm").replace("poll-us=200", "poll-us=0"))).hasMessageContaining("'poll-us'");
    }

    @Test
    void unwritableLocationGivesOneClearMessage() {
        String bad = "pcc-file:" + dir.resolve("missing/dir/pcc0") + "?size=1024";
        assertThatThrownBy(() -> open(bad))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot open PCC channel file")
                .hasMessageContaining("writable");
    }

    private static Bytes packet(int length, int fill) {
        byte[] p = new byte[length];
        p[0] = 0x01;
        p[1] = 0x09;
        p[2] = 0x08;
        p[3] = (byte) 0xC8;
        for (int i = 4; i < length; i++) {
            p[i] = (byte) (fill + i);
        }
        return Bytes.wrap(p);
    }
}
