package org.bmcplatform.mctp.binding.pcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OSPM's hardware backend over the hand-laid PCCT, with physical memory on the heap: the test plays
 * the platform through the registers at the addresses the table names.
 */
class PccHardwareTest {
    private static final Duration POLL = Duration.ofNanos(200_000);
    private static final long DOORBELL_3 = 0xFEDC0000L;
    private static final long ACK_3 = 0xFEDC0004L;
    private static final long COMPLETE_3 = 0xFEDC0008L;
    private static final long ERROR_3 = 0xFEDC000CL;
    private static final long DOORBELL_4 = 0xFEDC0010L;
    private static final long COMPLETE_4 = 0xFEDC0018L;
    private static final long MEMORY_3 = 0xFEDC1000L;
    private static final long MEMORY_4 = 0xFEDC2000L;
    private static final Bytes GET_EID = Bytes.fromHex("01 00 08 c8 00 80 02");

    @TempDir
    Path dir;

    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final HeapPhysicalMemory memory = new HeapPhysicalMemory(0xFEDC0000L, 0x3000);
    private final List<Bytes> received = new ArrayList<>();
    private Pcct pcct;
    private PccBinding ospm;

    @BeforeEach
    void open() {
        pcct = Pcct.parse(PcctTest.handLaidTable());
        memory.platformWriteInt(COMPLETE_3, 1); // the platform starts with both buffers free
        memory.platformWriteInt(COMPLETE_4, 1);
        ospm = new PccBinding(PccHardware.open(pcct.extended(1, PccSubspace.Type.INITIATOR),
                pcct.extended(2, PccSubspace.Type.RESPONDER), memory, POLL, scheduler));
        ospm.start((p, s) -> received.add(p));
        scheduler.advance(POLL);
    }

    @Test
    void transmitWritesTheRegionClearsCompleteAndRingsTheDoorbellThenCompletesOnThePlatformsFlag() {
        CompletableFuture<Void> f = ospm.transmit(GET_EID, LinkAddress.NONE).toCompletableFuture();

        assertThat(memory.platformRead(MEMORY_3, 23))
                .isEqualTo(Bytes.fromHex("01 43 43 50 01 00 00 00 0b 00 00 00 4d 43 54 50 01 00 08 c8 00 80 02"));
        assertThat(memory.platformReadInt(COMPLETE_3)).as("update register: preserve 0, set 0").isZero();
        assertThat(memory.platformReadInt(DOORBELL_3)).as("doorbell: preserve high half, write 1").isEqualTo(1);
        scheduler.advance(POLL.multipliedBy(3));
        assertThat(f).isNotDone();

        memory.platformWriteInt(COMPLETE_3, 1);
        scheduler.advance(POLL);

        assertThat(f).isCompleted();
        assertThat(memory.platformReadInt(ACK_3)).as("platform interrupt acknowledged").isEqualTo(1);
    }

    @Test
    void platformPostIsReadAndHandedBackWithTheDoorbell() {
        memory.platformWrite(MEMORY_4, Bytes.fromHex("02 43 43 50 01 00 00 00 0b 00 00 00 4d 43 54 50 01 00 08 c8 00 80 02"));
        memory.platformWriteInt(COMPLETE_4, 0);
        scheduler.advance(POLL);

        assertThat(received).containsExactly(GET_EID);
        assertThat(memory.platformReadInt(COMPLETE_4)).as("update register: preserve ~1, set 1").isEqualTo(1);
        assertThat(memory.platformReadInt(DOORBELL_4)).as("notify on completion: doorbell rung").isEqualTo(1);
        scheduler.advance(POLL.multipliedBy(3));
        assertThat(received).hasSize(1);
    }

    @Test
    void errorStatusFailsThePacketAndIsCleared() {
        CompletableFuture<Void> f = ospm.transmit(GET_EID, LinkAddress.NONE).toCompletableFuture();
        memory.platformWriteInt(ERROR_3, 0x4 | 0x100);
        memory.platformWriteInt(COMPLETE_3, 1);
        scheduler.advance(POLL);

        assertThat(MctpFailures.reason(f)).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
        assertThat(memory.platformReadInt(ERROR_3)).as("only the masked bit cleared").isEqualTo(0x100);
    }

    @Test
    void closingTheBindingReleasesTheMemoryAndStopsPolling() {
        ospm.close();

        assertThat(memory.closed).isTrue();
        assertThat(ospm.isLinkUp()).isFalse();
        scheduler.advance(POLL.multipliedBy(3));
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void systemIoRegisterIsRefusedWithTheWayOut() {
        Pcct.Extended e = pcct.extended(1, PccSubspace.Type.INITIATOR);
        Pcct.Extended io = new Pcct.Extended(e.index(), e.subspaceType(), e.platformInterrupt(), e.interruptFlags(),
                e.baseAddress(), e.length(), new Pcct.WriteRegister(new Pcct.GenericAddress(1, 8, 0, 1, 0xB2), 0, 1),
                e.nominalLatencyMicros(), e.maxAccessRate(), e.minTurnaroundMicros(), e.platformInterruptAck(),
                e.commandCompleteCheck(), e.commandCompleteUpdate(), e.errorStatus());
        HeapPhysicalMemory other = new HeapPhysicalMemory(0xFEDC0000L, 0x3000);

        assertThatThrownBy(() -> PccHardware.open(io, pcct.extended(2, PccSubspace.Type.RESPONDER), other, POLL, scheduler))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("address space 1 at 0xb2")
                .hasMessageContaining("AF_MCTP");
        assertThat(other.closed).isTrue();
    }

    @Test
    void missingTableGivesOneClearMessage() {
        assertThatThrownBy(() -> PccHardware.open(BindingSpec.parse("pcc:" + dir.resolve("PCCT") + "?tx=1&rx=2"), scheduler))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no ACPI PCCT");
    }

    @Test
    void missingMemoryDeviceGivesOneClearMessage() throws IOException {
        Path table = writeTable();

        assertThatThrownBy(() -> PccHardware.open(BindingSpec.parse("pcc:" + table + "?tx=1&rx=2&mem=" + dir.resolve("mem")),
                scheduler))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no " + dir.resolve("mem"))
                .hasMessageContaining("CONFIG_DEVMEM");
    }

    @Test
    void subspacesOfTheWrongTypeAreRefusedNamingTheTable() throws IOException {
        Path table = writeTable();

        assertThatThrownBy(() -> PccHardware.open(BindingSpec.parse("pcc:" + table + "?tx=2&rx=1"), scheduler))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("subspace 2 is of type 4; MCTP needs type 3");
    }

    @Test
    void kernelDriverOwningTheChannelIsReported() throws IOException {
        Path net = Files.createDirectories(dir.resolve("net/mctppcc2"));

        assertThatThrownBy(() -> PccHardware.open(writeTable(), 1, 2, "/dev/mem", POLL, scheduler, net.getParent()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kernel's mctp-pcc driver owns PCC subspaces 1/2 (interface mctppcc2)")
                .hasMessageContaining("AF_MCTP");
    }

    @Test
    void specNeedsBothSubspaceIds() {
        assertThatThrownBy(() -> PccHardware.open(BindingSpec.parse("pcc:/sys/firmware/acpi/tables/PCCT?tx=2"), scheduler))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rx' is required");
        assertThatThrownBy(() -> PccHardware.open(BindingSpec.parse("pcc:/x?tx=2&rx=3&size=9"), scheduler))
                .hasMessageContaining("no option 'size'");
    }

    private Path writeTable() throws IOException {
        return Files.write(dir.resolve("PCCT"), PcctTest.handLaidTable().toArray());
    }
}
