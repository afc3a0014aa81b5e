package org.bmcplatform.mctp.binding.smbus.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.MctpException.Reason;
import org.bmcplatform.mctp.MctpFailures;
import org.bmcplatform.mctp.binding.BindingSpec;
import org.bmcplatform.mctp.binding.DropReason;
import org.bmcplatform.mctp.kernel.Errno;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The port's logic against an in-memory i2c-dev node and slave-mqueue file; writes run on the caller. */
class I2cDevPortTest {
    private static final String DEVICE = "/dev/i2c-3";
    private static final String MQUEUE = "/sys/bus/i2c/devices/3-1010/slave-mqueue";
    // DSP0237 frames from bus owner 0x10 to endpoint 0x1d and back (vectors/dsp0237/smbus-dsp0237.json)
    private static final Bytes TO_ENDPOINT = Bytes.fromHex("3a 0f 08 21 01 00 08 c8 00 80 02 56");
    private static final Bytes FROM_ENDPOINT = Bytes.fromHex("20 0f 0c 3b 01 08 00 c0 00 00 02 00 00 00 00 02");

    private final InMemoryI2c system = new InMemoryI2c();
    private final List<Bytes> frames = new CopyOnWriteArrayList<>();
    private I2cDevPort port;

    @AfterEach
    void close() {
        if (port != null) {
            port.close();
        }
        system.awaitAllClosed();
    }

    private I2cDevPort open(String spec) {
        port = I2cDevPort.open(I2cDevSettings.parse(BindingSpec.parse(spec)), system, Runnable::run, null);
        return port;
    }

    private I2cDevPort openDefault() {
        return open("i2c:" + DEVICE + "?address=0x10");
    }

    @Test
    void opensTheDeviceAndTheDerivedTargetQueue() {
        openDefault();

        assertThat(system.openPaths()).containsExactlyInAnyOrder(DEVICE, MQUEUE);
        assertThat(port.address()).isEqualTo(0x10);
    }

    @Test
    void frameIsOneWriteOfEverythingAfterTheAddressByteToTheDestination() {
        openDefault();

        CompletionStage<Void> done = port.write(TO_ENDPOINT);

        assertThat(done.toCompletableFuture()).isCompleted();
        assertThat(system.writes()).containsExactly(new InMemoryI2c.Write(0x1d, false, TO_ENDPOINT.slice(1)));
    }

    @Test
    void targetAddressIsSetOnlyWhenItChanges() {
        openDefault();
        Bytes toOther = Bytes.fromHex("3c 0f 08 21 01 00 08 c8 00 80 02 00");

        port.write(TO_ENDPOINT);
        port.write(TO_ENDPOINT);
        port.write(toOther);

        assertThat(system.calls()).containsExactly("I2C_SLAVE 0x1d", "write " + TO_ENDPOINT.slice(1).toHex(),
                "write " + TO_ENDPOINT.slice(1).toHex(), "I2C_SLAVE 0x1e", "write " + toOther.slice(1).toHex());
    }

    @Test
    void forceOptionSetsTheTargetWithI2cSlaveForce() {
        open("i2c:" + DEVICE + "?address=0x10&force=true");

        port.write(TO_ENDPOINT);

        assertThat(system.writes()).containsExactly(new InMemoryI2c.Write(0x1d, true, TO_ENDPOINT.slice(1)));
    }

    @Test
    void unacknowledgedWriteFailsWithTransmitFailedNamingTheErrnoAndTheNextWriteWorks() {
        openDefault();
        system.failWrites(0x1d, Errno.ENXIO);

        MctpException e = MctpFailures.of(port.write(TO_ENDPOINT));

        assertThat(e.reason()).isEqualTo(Reason.TRANSMIT_FAILED);
        assertThat(e.getMessage()).startsWith("block write to 0x1d on /dev/i2c-3 failed: ENXIO (")
                .endsWith("); nothing acknowledged the address (device absent, unpowered or at another address)");
        system.writesSucceed(0x1d);
        assertThat(port.write(TO_ENDPOINT).toCompletableFuture()).isCompleted();
    }

    @Test
    void addressClaimedByAKernelDriverSaysToUnbindItOrForce() {
        openDefault();
        system.failTarget(0x1d, Errno.EBUSY);

        MctpException e = MctpFailures.of(port.write(TO_ENDPOINT));

        assertThat(e.reason()).isEqualTo(Reason.TRANSMIT_FAILED);
        assertThat(e.getMessage()).startsWith("address 0x1d on /dev/i2c-3 is claimed by a kernel driver (EBUSY (")
                .contains("/sys/bus/i2c/devices/3-001d/driver").endsWith("or add force=true to the backend");
        assertThat(system.writes()).isEmpty();
    }

    @Test
    void failedTargetIoctlIsRetriedOnTheNextWrite() {
        openDefault();
        system.failTarget(0x1d, Errno.EIO);
        port.write(TO_ENDPOINT);

        system.targetSucceeds(0x1d);
        port.write(TO_ENDPOINT);

        assertThat(system.calls()).containsExactly("I2C_SLAVE 0x1d", "I2C_SLAVE 0x1d", "write " + TO_ENDPOINT.slice(1).toHex());
    }

    @Test
    void writeAfterCloseFailsWithBindingDown() {
        openDefault();
        port.close();

        assertThat(MctpFailures.reason(port.write(TO_ENDPOINT))).isEqualTo(Reason.BINDING_DOWN);
    }

    @Test
    void receivedMessageCarryingOurAddressByteIsDeliveredAsTheFrame() {
        openDefault().start(frames::add);

        system.receive(FROM_ENDPOINT);
        system.awaitQuiet();

        assertThat(frames).containsExactly(FROM_ENDPOINT);
    }

    @Test
    void receivedMessageStartingAtTheCommandCodeGetsOurAddressByteInFront() {
        openDefault().start(frames::add);

        system.receive(FROM_ENDPOINT.slice(1));
        system.awaitQuiet();

        assertThat(frames).containsExactly(FROM_ENDPOINT);
    }

    @Test
    void failedReadsAreCountedAndTheNextMessageStillArrives() {
        openDefault().start(frames::add);

        system.failNextRead(Errno.EOVERFLOW);
        system.failNextRead(Errno.EIO);
        system.receive(FROM_ENDPOINT);
        system.awaitQuiet();

        assertThat(frames).containsExactly(FROM_ENDPOINT);
        assertThat(port.drops().get(DropReason.OVERSIZE)).isEqualTo(1);
        assertThat(port.drops().get(DropReason.RECEIVE_FAILED)).isEqualTo(1);
    }

    @Test
    void receiverThrowingIsCountedAndTheLoopGoesOn() {
        openDefault().start(f -> {
            if (frames.isEmpty()) {
                frames.add(Bytes.EMPTY);
                throw new IllegalStateException("receiver broke");
            }
            frames.add(f);
        });

        system.receive(FROM_ENDPOINT);
        system.receive(FROM_ENDPOINT);
        system.awaitQuiet();

        assertThat(frames).containsExactly(Bytes.EMPTY, FROM_ENDPOINT);
        assertThat(port.drops().get(DropReason.HANDLER_FAILED)).isEqualTo(1);
    }

    @Test
    void closeEndsTheReaderWhichClosesTheQueue() {
        openDefault().start(frames::add);
        system.awaitQuiet();

        port.close();

        system.awaitAllClosed();
        assertThat(system.openPaths()).isEmpty();
    }

    @Test
    void missingDeviceNodeSaysToLoadI2cDev() {
        system.failOpen(DEVICE, Errno.ENOENT);

        assertThatThrownBy(this::openDefault)
                .isInstanceOfSatisfying(MctpException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
                .hasMessage("/dev/i2c-3 not found: load i2c-dev (modprobe i2c-dev) and check the bus number");
    }

    @Test
    void missingTargetQueueSaysHowToCreateItAndClosesTheDevice() {
        system.failOpen(MQUEUE, Errno.ENOENT);

        assertThatThrownBy(this::openDefault)
                .isInstanceOf(MctpException.class)
                .hasMessage("no I2C target queue at /sys/bus/i2c/devices/3-1010/slave-mqueue: echo slave-mqueue 0x1010"
                        + " > /sys/bus/i2c/devices/i2c-3/new_device (needs CONFIG_I2C_SLAVE_MQUEUE)");
        assertThat(system.openPaths()).isEmpty();
    }

    @Test
    void permissionDeniedOnTheDeviceSaysWhoNeedsAccess() {
        system.failOpen(DEVICE, Errno.EACCES);

        assertThatThrownBy(this::openDefault).isInstanceOf(MctpException.class)
                .hasMessageStartingWith("permission denied opening /dev/i2c-3: run as root or give the service user read-write access");
    }

    @Test
    void controllerWithoutPlainI2cWritesIsRefusedAtOpen() {
        system.withFunctions(0x0eff0008L);

        assertThatThrownBy(this::openDefault).isInstanceOf(MctpException.class)
                .hasMessage("the controller behind /dev/i2c-3 cannot do plain I2C writes (I2C_FUNCS 0x0eff0008 lacks"
                        + " I2C_FUNC_I2C); MCTP needs block writes of up to 259 bytes");
        assertThat(system.openPaths()).isEmpty();
    }

    @Test
    void blockReadIsOneRdwrIoctlAndReturnsCountDataAndPecUnchecked() {
        openDefault();
        // a status block as a drive sends it: count 6, six data bytes, PEC
        Bytes status = Bytes.fromHex("06 38 ff 2a 03 00 00 5e");
        system.serveBlock(0x6a, 0x00, status);

        Bytes read = port.blockRead(0x6a, 0x00, true).toCompletableFuture().join();

        assertThat(read.toHex()).isEqualTo(status.toHex());
        assertThat(system.calls()).containsExactly("I2C_RDWR 0x6a cmd 0x00 pec");
    }

    @Test
    void blockReadWithoutPecStopsAfterTheData() {
        openDefault();
        system.serveBlock(0x6a, 0x00, Bytes.fromHex("06 38 ff 2a 03 00 00 5e"));

        Bytes read = port.blockRead(0x6a, 0x00, false).toCompletableFuture().join();

        assertThat(read.toHex()).isEqualTo(Bytes.fromHex("06 38 ff 2a 03 00 00").toHex());
    }

    @Test
    void blockReadNobodyAcknowledgesFailsWithTransmitFailedSayingSo() {
        openDefault();

        CompletionStage<Bytes> read = port.blockRead(0x6b, 0x08, false);

        assertThat(MctpFailures.reason(read.toCompletableFuture())).isEqualTo(Reason.TRANSMIT_FAILED);
        assertThatThrownBy(() -> read.toCompletableFuture().join()).hasRootCauseMessage(
                "block read of command 0x08 from 0x6b on /dev/i2c-3 failed: ENXIO (No such device or address); nothing"
                        + " acknowledged the address or the command code (device absent, unpowered or at another address)");
    }

    @Test
    void blockReadBeyondSevenBitsIsRefused() {
        openDefault();

        assertThat(MctpFailures.reason(port.blockRead(0x80, 0, false).toCompletableFuture())).isEqualTo(Reason.INVALID_ARGUMENT);
    }
}
