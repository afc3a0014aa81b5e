package org.bmcplatform.sim.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every point-to-point virtual link promises, whatever its medium. */
class PointToPointLinkTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);

    static Stream<Arguments> links() {
        Function<Scheduler, VirtualLink> serial = s -> new SerialLink("debug0", 115_200, 68, s);
        Function<Scheduler, VirtualLink> pcc = s -> new PccLink("pcc0", Duration.ofNanos(20_000), 68, s);
        Function<Scheduler, VirtualLink> astlpc = s -> new AstLpcLink("host0", Duration.ofNanos(20_000), 68, s);
        return Stream.of(Arguments.of("serial", serial), Arguments.of("pcc", pcc), Arguments.of("astlpc", astlpc));
    }

    /** A 4-byte transport header and a 3-byte body: the shape of a control request packet. */
    private static final Bytes PACKET = Bytes.ofUnsigned(0x01, 0x09, 0x08, 0xC8, 0x00, 0x80, 0x02);

    @ParameterizedTest(name = "{0}")
    @MethodSource("links")
    void packetsCrossInBothDirectionsAfterEveryReplug(String kind, Function<Scheduler, VirtualLink> make) throws Exception {
        VirtualScheduler scheduler = new VirtualScheduler();
        try (VirtualLink link = make.apply(scheduler)) {
            Binding platform = link.platformBinding();
            List<Bytes> atPlatform = new ArrayList<>();
            platform.start((packet, from) -> atPlatform.add(packet));
            assertThat(link.kind()).isEqualTo(kind);

            for (int power = 0; power < 2; power++) {
                Binding component = link.componentBinding(LinkAddress.NONE);
                List<Bytes> atComponent = new ArrayList<>();
                component.start((packet, from) -> atComponent.add(packet));
                scheduler.advance(Duration.ofMillis(1)); // astlpc: the host's KCS init and version negotiation

                scheduler.await(platform.transmit(PACKET, LinkAddress.NONE).toCompletableFuture(), LIMIT);
                scheduler.advance(Duration.ofMillis(5));
                scheduler.await(component.transmit(PACKET, LinkAddress.NONE).toCompletableFuture(), LIMIT);
                scheduler.advance(Duration.ofMillis(5));

                assertThat(atComponent).as("power-on %d", power).containsExactly(PACKET);
                assertThat(atPlatform).as("power-on %d", power).containsExactly(PACKET);
                assertThat(platform.isLinkUp()).isTrue();
                component.close();
                atPlatform.clear();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("links")
    void platformEndIsHandedOutOnceAndOneComponentAtATime(String kind, Function<Scheduler, VirtualLink> make) {
        VirtualScheduler scheduler = new VirtualScheduler();
        try (VirtualLink link = make.apply(scheduler)) {
            link.platformBinding();
            Binding component = link.componentBinding(LinkAddress.NONE);

            assertThatThrownBy(link::platformBinding).isInstanceOf(IllegalStateException.class).hasMessageContaining("already handed out");
            assertThatThrownBy(() -> link.componentBinding(LinkAddress.NONE)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already");
            assertThatThrownBy(() -> link.componentBinding(LinkAddress.smbus(0x1d))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no link addresses");
            component.close();
            link.componentBinding(LinkAddress.NONE).close();
        }
    }
}
