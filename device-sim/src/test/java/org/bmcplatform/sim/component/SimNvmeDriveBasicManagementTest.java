package org.bmcplatform.sim.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.binding.smbus.SmbusPort;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.bmcplatform.profiles.nvmemi.basic.BasicManagementCodec;
import org.bmcplatform.profiles.nvmemi.basic.BasicManagementFormatException;
import org.bmcplatform.profiles.nvmemi.basic.DriveIdentity;
import org.bmcplatform.profiles.nvmemi.basic.DriveStatus;
import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.NvmeDriveSpec;
import org.bmcplatform.sim.bus.VirtualSmbusSegment;
import org.junit.jupiter.api.Test;

/** The drive's NVMe Basic Management Command (NVMe-MI 1.2 Appendix A) read as a BMC reads it: SMBus block reads. */
class SimNvmeDriveBasicManagementTest {
    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final VirtualSmbusSegment segment = new VirtualSmbusSegment("smbus1", 400_000, scheduler);
    private final SmbusPort host = segment.attach(0x10);

    private Bytes read(int address, int command, boolean pec) throws Exception {
        return scheduler.await(host.blockRead(address, command, pec).toCompletableFuture(), Duration.ofMillis(10));
    }

    private static MctpException.Reason failure(CompletableFuture<?> f) {
        Throwable t = f.handle((v, e) -> e).join();
        while (t.getCause() != null && !(t instanceof MctpException)) {
            t = t.getCause();
        }
        return ((MctpException) t).reason();
    }

    @Test
    void basicOnlyBootDriveAnswersItsLiveStatusAndIdentityThroughTheCodecWithPec() throws Exception {
        NvmeDriveSpec spec = BoardFile.loadDefault().drive("boot0");
        SimNvmeDrive drive = new SimNvmeDrive(spec, segment, scheduler, 24);
        drive.plug();
        scheduler.advance(Duration.ofSeconds(30));

        DriveStatus status = (DriveStatus) BasicManagementCodec.decode(0x00, read(0x6a, 0x00, true), 0x6a, true);
        DriveIdentity identity = (DriveIdentity) BasicManagementCodec.decode(0x08, read(0x6a, 0x08, true), 0x6a, true);

        assertThat(status.usable()).isTrue();
        assertThat(status.flags()).isEqualTo(DriveStatus.DRIVE_FUNCTIONAL | DriveStatus.RESET_NOT_REQUIRED | DriveStatus.PORT0_LINK_ACTIVE);
        assertThat(status.temperature().celsius().getAsInt()).isEqualTo((int) Math.round(drive.temperatureCelsius()));
        assertThat(status.percentageUsed()).isEqualTo((int) Math.floor(drive.percentageUsed()));
        assertThat(status.warnings().conditions()).isZero();
        assertThat(identity.vendorId()).isEqualTo(0x1344);
        assertThat(identity.serial()).isEqualTo("23143C4F8E21");
        assertThat(drive.basicReadsAnswered()).isEqualTo(2);
        drive.unplug();
    }

    @Test
    void basicOnlyDriveHasNoMctpEndpointAndRefusesOtherCommandCodes() {
        SimNvmeDrive drive = new SimNvmeDrive(BoardFile.loadDefault().drive("boot0"), segment, scheduler, 24);
        drive.plug();

        CompletableFuture<Void> mctp = host.write(Bytes.fromHex("d4 0f 08 21 01 00 08 c8 00 80 02 00")).toCompletableFuture();
        CompletableFuture<Bytes> other = host.blockRead(0x6a, 0x10, true).toCompletableFuture();
        scheduler.advance(Duration.ofMillis(5));

        assertThat(failure(mctp)).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
        assertThat(failure(other)).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
        assertThat(drive.present()).isTrue();
        assertThat(drive.eid()).isEmpty();
        drive.unplug();
    }

    @Test
    void unpluggedDriveIsNackedAndAnswersAgainWhenPluggedIn() throws Exception {
        SimNvmeDrive drive = new SimNvmeDrive(BoardFile.loadDefault().drive("boot0"), segment, scheduler, 24);
        drive.plug();
        drive.unplug();

        CompletableFuture<Bytes> absent = host.blockRead(0x6a, 0x00, true).toCompletableFuture();
        scheduler.advance(Duration.ofMillis(5));
        assertThat(failure(absent)).isEqualTo(MctpException.Reason.TRANSMIT_FAILED);
        assertThat(drive.present()).isFalse();

        drive.plug();
        assertThat(BasicManagementCodec.decode(0x00, read(0x6a, 0x00, true), 0x6a, true)).isInstanceOf(DriveStatus.class);
        drive.unplug();
    }

    @Test
    void driveWithMiAndBasicManagementAnswersBothAndWithoutPecWhenConfiguredSo() throws Exception {
        BoardSpec board = BoardFile.parse(both(), "both.yaml");
        SimNvmeDrive drive = new SimNvmeDrive(board.drive("nvme0"), segment, scheduler, 24);
        drive.plug();

        Bytes noPec = read(0x6a, 0x00, false);
        Bytes withPec = read(0x6a, 0x00, true);

        assertThat(BasicManagementCodec.decode(0x00, noPec, 0x6a, false)).isInstanceOf(DriveStatus.class);
        // the drive sends no PEC: a master that reads one gets the idle bus, 0xFF, and the check fails
        assertThat(withPec.get(withPec.length() - 1)).isEqualTo(0xFF);
        assertThatThrownBy(() -> BasicManagementCodec.decode(0x00, withPec, 0x6a, true))
                .isInstanceOf(BasicManagementFormatException.class).hasMessageContaining("PEC");
        assertThat(segment.isAttached(0x1d)).isTrue();
        drive.unplug();
        assertThat(segment.attachedAddresses()).containsExactly(0x10);
    }

    private static String both() {
        return String.join("\n",
                "board: { name: both }",
                "mctp: { network: 1, local-eid: 8, dynamic-eids: 9-254 }",
                "buses:",
                "  - { name: smbus1, clock-khz: 400, address: 0x10, basic-management: [{address: 0x6a, pec: false}] }",
                "components:",
                "  - id: nvme0",
                "    type: nvme-drive",
                "    bus: smbus1",
                "    address: 0x1d",
                "    basic-management: 0x6a",
                "    pec: false",
                "    identity: { manufacturer: Samsung, model: MZQL23T8, serial: S6EXNA0W6, firmware: GDC7302Q, part-number: MZQL23T8, vendor-id: 0x144d,",
                "                uuid: f4e49add-1709-4fc1-9752-ed6c13ab9d5f }",
                "    thermal: { idle-celsius: 34, load-celsius: 55 }",
                "");
    }
}
