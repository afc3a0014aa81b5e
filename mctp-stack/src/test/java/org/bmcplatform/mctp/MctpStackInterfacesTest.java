package org.bmcplatform.mctp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropCounters;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.PacketReceiver;
import org.bmcplatform.mctp.binding.loopback.LoopbackBinding;
import org.bmcplatform.mctp.route.Route;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

/** Adding and removing interfaces: what the stack forgets with an interface. */
class MctpStackInterfacesTest {
    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final MctpStack stack = new MctpStack(scheduler, StackSettings.DEFAULTS);

    /** A binding whose close fails, as a backend that cannot release its device might. */
    private static final class FailingClose implements Binding {
        private final Binding inner;

        FailingClose(Binding inner) {
            this.inner = inner;
        }

        @Override
        public String kind() {
            return inner.kind();
        }

        @Override
        public int mtu() {
            return inner.mtu();
        }

        @Override
        public LinkAddress localAddress() {
            return inner.localAddress();
        }

        @Override
        public void start(PacketReceiver receiver) {
            inner.start(receiver);
        }

        @Override
        public CompletionStage<Void> transmit(Bytes packet, LinkAddress destination) {
            return inner.transmit(packet, destination);
        }

        @Override
        public DropCounters drops() {
            return inner.drops();
        }

        @Override
        public void close() {
            inner.close();
            throw new IllegalStateException("device busy");
        }
    }

    @Test
    void removingAnInterfaceWhoseBindingFailsToCloseStillForgetsItsRoutesAndNeighbours() {
        LoopbackBinding.Pair link = LoopbackBinding.pair(scheduler, 68, LinkAddress.smbus(0x10), LinkAddress.smbus(0x1d));
        stack.addInterface("bus0", 1, new FailingClose(link.first()));
        stack.routes().add(new Route(1, EndpointId.of(9), EndpointId.of(9), "bus0", Optional.empty(), 68));
        stack.neighbours().put("bus0", EndpointId.of(9), LinkAddress.smbus(0x1d));

        stack.removeInterface("bus0");

        assertThat(stack.findInterface("bus0")).isEmpty();
        assertThat(stack.routes().list()).isEmpty();
        assertThat(stack.neighbours().list()).isEmpty();
    }
}
