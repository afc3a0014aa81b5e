package org.bmcplatform.sim.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.MctpStack;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.StackSettings;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.PacketReceiver;
import org.bmcplatform.mctp.control.CompletionCode;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.ControlTarget;
import org.bmcplatform.mctp.control.GetEndpointIdResponse;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.bus.ForwardingBinding;
import org.bmcplatform.sim.bus.WireDamage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A corrupt fault damages the reply's frames on the medium, after the component's binding framed them: the
 * platform's binding drops them by its integrity check (SMBus PEC, serial FCS, astlpc v3 CRC-32), and where
 * the medium has none (PCC) the damaged packet reaches the MCTP layer. In virtual time.
 */
class WireCorruptionFaultTest {
    private static final String BOARD = String.join("\n",
            "board: { name: wire }",
            "mctp: { network: 1, local-eid: 8, dynamic-eids: 9-30 }",
            "buses:",
            "  - { name: smbus0, binding: smbus, clock-khz: 100, address: 0x10 }",
            "  - { name: debug0, binding: serial }",
            "  - { name: pcc0, binding: pcc }",
            "  - { name: host0, binding: astlpc }",
            "components:",
            endpoint("on-smbus", "smbus0", "    address: 0x31", "0x40", "1b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0"),
            endpoint("on-serial", "debug0", "", "0x41", "2b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0"),
            endpoint("on-pcc", "pcc0", "", "0x42", "3b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0"),
            endpoint("on-astlpc", "host0", "", "0x43", "4b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0"),
            "");

    private static String endpoint(String id, String bus, String address, String eid, String uuid) {
        return String.join("\n",
                "  - id: " + id,
                "    type: mctp-endpoint",
                "    bus: " + bus,
                address,
                "    identity: { uuid: " + uuid + " }",
                "    static-eid: " + eid,
                "    turnaround-us: 0").replace("\n\n", "\n");
    }

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final List<Bytes> atPcc = new ArrayList<>();
    private VirtualBoard board;
    private MctpStack platform;
    private ControlRequester requester;

    @BeforeEach
    void start() {
        board = VirtualBoard.start(BoardFile.parse(BOARD, "wire.yaml"), scheduler);
        platform = new MctpStack(scheduler, StackSettings.DEFAULTS);
        for (String bus : List.of("smbus0", "debug0", "host0")) {
            platform.addInterface(bus, 1, board.platformBinding(bus)).setLocalEid(EndpointId.of(8));
        }
        platform.addInterface("pcc0", 1, new Recording(board.platformBinding("pcc0"))).setLocalEid(EndpointId.of(8));
        requester = new ControlRequester(platform, RequestOptions.DEFAULT);
        scheduler.advance(Duration.ofMillis(1)); // astlpc: the host's KCS init and version negotiation
    }

    @AfterEach
    void stop() {
        platform.close();
        board.close();
    }

    private GetEndpointIdResponse getEid(String bus, LinkAddress address) throws Exception {
        return scheduler.await(requester.getEndpointId(new ControlTarget.Physical(bus, address)), Duration.ofSeconds(2));
    }

    private MctpInterface iface(String bus) {
        return platform.findInterface(bus).orElseThrow();
    }

    /** Every second reply corrupt: the first exchange is clean, the second's reply is damaged and the retry's is clean. */
    private void secondReplyCorrupt(String component, String bus, LinkAddress address, int eid) throws Exception {
        FaultInjector faults = board.component(component).faults();
        faults.apply(FaultPlan.of(1, Fault.of(FaultKind.CORRUPT, new FaultTrigger.Every(2))));

        assertThat(getEid(bus, address).eid()).isEqualTo(EndpointId.of(eid));
        assertThat(getEid(bus, address).eid()).isEqualTo(EndpointId.of(eid));

        assertThat(faults.status().injected()).containsEntry(FaultKind.CORRUPT, 1L);
        assertThat(faults.wire().damaged()).isEqualTo(1);
        assertThat(faults.status().failures()).isZero();
    }

    // DSP0237 §6.2: the PEC covers the whole frame; the receiver drops a frame whose PEC does not match
    @Test
    void smbusFrameFailsItsPec() throws Exception {
        secondReplyCorrupt("on-smbus", "smbus0", LinkAddress.smbus(0x31), 0x40);

        assertThat(iface("smbus0").binding().drops().snapshot()).containsExactlyEntriesOf(Map.of(DropReason.BAD_PEC, 1L));
        assertThat(iface("smbus0").drops().total()).isZero();
    }

    // DSP0253 §6: FCS-16 over revision, byte count and packet; the damaged frame keeps its flags and byte count
    @Test
    void serialFrameFailsItsFcs() throws Exception {
        secondReplyCorrupt("on-serial", "debug0", LinkAddress.NONE, 0x41);

        assertThat(iface("debug0").binding().drops().snapshot()).containsExactlyEntriesOf(Map.of(DropReason.BAD_FCS, 1L));
        assertThat(iface("debug0").drops().total()).isZero();
    }

    // libmctp astlpc version 3: a CRC-32 follows each packet in its buffer
    @Test
    void astlpcBufferFailsItsCrc() throws Exception {
        secondReplyCorrupt("on-astlpc", "host0", LinkAddress.NONE, 0x43);

        assertThat(iface("host0").binding().drops().snapshot()).containsExactlyEntriesOf(Map.of(DropReason.BAD_CRC, 1L));
        assertThat(iface("host0").drops().total()).isZero();
    }

    // DSP0292: the PCC header has no integrity check, so the damaged packet reaches the MCTP layer
    @Test
    void pccPacketPassesTheBindingWithOneBitFlipped() throws Exception {
        GetEndpointIdResponse clean = getEid("pcc0", LinkAddress.NONE);
        board.component("on-pcc").faults().apply(FaultPlan.of(1, Fault.of(FaultKind.CORRUPT, FaultTrigger.ALWAYS)));

        GetEndpointIdResponse damaged = getEid("pcc0", LinkAddress.NONE);

        // Get Endpoint ID response packet (DSP0236 Table 12, §12.4): 4-byte transport header, message type,
        // Rq/D/instance, command code, completion code (byte 7), EID, type, medium-specific: 11 bytes. The
        // middle of the payload behind the header, 4 + 7 / 2 = byte 7, gets bit 0 flipped: SUCCESS 0x00 -> ERROR 0x01
        assertThat(atPcc).hasSize(2);
        Bytes before = atPcc.get(0);
        Bytes after = atPcc.get(1);
        assertThat(after.length()).isEqualTo(11);
        assertThat(before.get(7) ^ after.get(7)).isEqualTo(WireDamage.BIT);
        assertThat(after.slice(8)).isEqualTo(before.slice(8));
        assertThat(clean.completionCode()).isEqualTo(CompletionCode.SUCCESS);
        assertThat(damaged.completionCode()).isEqualTo(CompletionCode.ERROR);
        assertThat(iface("pcc0").binding().drops().total()).isZero();
        assertThat(iface("pcc0").drops().total()).isZero();
        assertThat(board.component("on-pcc").faults().wire().damaged()).isEqualTo(1);
    }

    /** The platform's PCC end, keeping each packet its binding accepted. */
    private final class Recording extends ForwardingBinding {
        Recording(Binding medium) {
            super(medium);
        }

        @Override
        public void start(PacketReceiver receiver) {
            medium.start((packet, source) -> {
                atPcc.add(packet);
                receiver.onPacket(packet, source);
            });
        }
    }
}
