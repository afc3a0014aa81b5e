package org.bmcplatform.sim.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.smbus.SmbusBinding;
import org.bmcplatform.mctp.control.BusOwner;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.DiscoveredEndpoint;
import org.bmcplatform.mctp.control.EidPool;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.nvmemi.HealthStatusPollRequest;
import org.bmcplatform.profiles.nvmemi.NvmeMiCodec;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.bus.SegmentStats;
import org.bmcplatform.sim.bus.VirtualSmbusSegment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What one health poll costs the segment, in virtual time, for the same drive read both ways: an NVM Subsystem
 * Health Status Poll over MCTP (20-byte request and response, each a block write of 29 bytes) against one Basic
 * Management status block read (address+W, command, address+R, count, 6 data bytes, PEC: 11 bytes and a repeated
 * START). Prints the figures.
 */
class BasicVersusMiPollWireTimeTest {

    @ParameterizedTest
    @ValueSource(ints = {100_000, 400_000})
    void basicStatusReadTakesAFifthOfTheWireTimeOfAnMiHealthPoll(int clockHz) throws Exception {
        VirtualScheduler scheduler = new VirtualScheduler();
        VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus0", clockHz, scheduler);
        BoardSpec board = BoardFile.parse(String.join("\n",
                "board: { name: both }",
                "mctp: { network: 1, local-eid: 8, dynamic-eids: 9-254 }",
                "buses: [{ name: smbus0, clock-khz: " + clockHz / 1000 + ", address: 0x10 }]",
                "components:",
                "  - id: nvme0",
                "    type: nvme-drive",
                "    bus: smbus0",
                "    address: 0x1d",
                "    basic-management: 0x6a",
                "    turnaround-us: 200",
                "    identity: { manufacturer: Samsung, model: MZQL23T8, serial: S6EXNA0W6, firmware: GDC7302Q,",
                "                part-number: MZQL23T8, vendor-id: 0x144d, uuid: f4e49add-1709-4fc1-9752-ed6c13ab9d5f }",
                "    thermal: { idle-celsius: 34, load-celsius: 55 }", ""), "both.yaml");
        SimNvmeDrive drive = new SimNvmeDrive(board.drive("nvme0"), segment, scheduler, 24);
        drive.plug();
        MctpStack host = new MctpStack(scheduler, StackSettings.DEFAULTS);
        SmbusBinding binding = new SmbusBinding(segment.attach(0x10), SmbusBinding.MAX_MTU);
        host.addInterface("smbus0", 1, binding).setLocalEid(EndpointId.of(8));
        BusOwner owner = new BusOwner(host, new ControlRequester(host, RequestOptions.DEFAULT), new EidPool(EndpointId.of(9), EndpointId.of(20)));
        DiscoveredEndpoint endpoint = scheduler.await(owner.setupEndpoint("smbus0", LinkAddress.smbus(0x1d)), Duration.ofSeconds(1));

        SegmentStats beforeMi = segment.stats();
        long start = scheduler.nanoTime();
        scheduler.await(host.request(1, endpoint.eid(), NvmeMiCodec.encode(new HealthStatusPollRequest(0, false))), Duration.ofSeconds(1));
        long miElapsed = scheduler.nanoTime() - start;
        SegmentStats mi = segment.stats().minus(beforeMi);

        SegmentStats beforeBasic = segment.stats();
        start = scheduler.nanoTime();
        Bytes status = scheduler.await(binding.port().blockRead(0x6a, 0x00, true).toCompletableFuture(), Duration.ofSeconds(1));
        long basicElapsed = scheduler.nanoTime() - start;
        SegmentStats basic = segment.stats().minus(beforeBasic);

        System.out.printf("%d kHz: MI health poll %.1f µs on the wire (%d transactions, %.1f µs with the drive's turnaround);"
                        + " basic status read %.1f µs on the wire (%d transaction); ratio %.1f%n", clockHz / 1000,
                mi.busyNanos() / 1e3, mi.transactions(), miElapsed / 1e3, basic.busyNanos() / 1e3, basic.transactions(),
                (double) mi.busyNanos() / basic.busyNanos());
        assertThat(status.length()).isEqualTo(8);
        assertThat(mi.busyNanos()).isEqualTo(2 * segment.timing().singlePacketMessageNanos(20));
        assertThat(basic.busyNanos()).isEqualTo(segment.timing().blockReadNanos(6, true)).isEqualTo(basicElapsed);
        assertThat(mi.busyNanos()).isGreaterThan(4 * basic.busyNanos());
        host.close();
        drive.unplug();
    }
}
