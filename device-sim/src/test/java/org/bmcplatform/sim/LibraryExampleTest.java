package org.bmcplatform.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.MessageType;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;
import org.bmcplatform.mctp.binding.smbus.SmbusPort;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.ControlResponder;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.control.EndpointIdentity;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollResponse;
import org.bmcplatform.profiles.nvmemi.NvmeMiCodec;
import org.bmcplatform.sim.board.BoardFile;
import org.junit.jupiter.api.Test;

/** The README's "use the stack as a library" steps, run as written (virtual time instead of real). */
class LibraryExampleTest {

    @Test
    void theReadmeStepsDiscoverADriveAndReadItsHealth() throws Exception {
        // 1. a scheduler and a stack
        var scheduler = new VirtualScheduler();
        var stack = new MctpStack(scheduler, StackSettings.DEFAULTS);

        // 2. a binding over a backend port (a segment of the virtual board), as an interface of network 1
        var board = VirtualBoard.start(BoardFile.loadDefault(), scheduler);
        SmbusPort port = board.segment("smbus0").attach(0x10);
        MctpInterface smbus0 = stack.addInterface("smbus0", 1, new SmbusBinding(port, 68));
        smbus0.setLocalEid(EndpointId.of(8));

        // 3. answer the MCTP control protocol as the bus owner
        new ControlResponder(stack, new EndpointIdentity(UUID.randomUUID(), Set.of(), true, Optional.empty(), List.of()))
                .install();

        // 4. discover the drive at 0x1d: Get EID, Set EID from the pool, UUID, message types
        var owner = new BusOwner(stack, new ControlRequester(stack, RequestOptions.DEFAULT),
                new EidPool(EndpointId.of(9), EndpointId.of(254)));
        DiscoveredEndpoint drive = scheduler.await(owner.setupEndpoint("smbus0", LinkAddress.smbus(0x1d)), Duration.ofSeconds(5));

        // 5. an NVMe-MI Subsystem Health Status Poll
        var poll = new HealthStatusPollRequest(0, false);
        Bytes reply = scheduler.await(stack.request(1, drive.eid(), NvmeMiCodec.encode(poll)), Duration.ofSeconds(5));
        var health = (HealthStatusPollResponse) NvmeMiCodec.decodeResponse(reply, poll);

        assertThat(drive.eid()).isEqualTo(EndpointId.of(9));
        assertThat(drive.messageTypes()).contains(MessageType.NVME_MI);
        assertThat(health.health().temperature().celsius().orElseThrow()).isBetween(0, 100);
        board.close();
        stack.close();
    }
}
