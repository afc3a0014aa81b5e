package org.bmcplatform.sim.board;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.bmcplatform.mctp.binding.LinkAddress;

/**
 * One component of the board: where it sits and who it is. The kinds are {@link NvmeDriveSpec}
 * ({@code nvme-drive}), {@link MctpEndpointSpec} ({@code mctp-endpoint}), {@link PldmHbaSpec}
 * ({@code pldm-hba}) and {@link NcsiNicSpec} ({@code ncsi-nic}).
 */
public sealed interface ComponentSpec permits NvmeDriveSpec, MctpEndpointSpec, PldmHbaSpec, NcsiNicSpec {
    String NVME_DRIVE = "nvme-drive";
    String MCTP_ENDPOINT = "mctp-endpoint";
    String PLDM_HBA = "pldm-hba";
    String NCSI_NIC = "ncsi-nic";
    Set<String> TYPES = Set.of(NVME_DRIVE, MCTP_ENDPOINT, PLDM_HBA, NCSI_NIC);
    /** Request-to-response time when the board file gives none. */
    Duration DEFAULT_TURNAROUND = Duration.ofNanos(200_000);

    /** Board-unique handle, e.g. {@code nvme0}. */
    String id();

    /** Component kind: {@link #NVME_DRIVE}, {@link #MCTP_ENDPOINT}, {@link #PLDM_HBA} or {@link #NCSI_NIC}. */
    String type();

    /** Name of the bus it sits on. */
    String bus();

    /** Its 7-bit address on an SMBus bus; {@link BusSpec#NO_ADDRESS} on a point-to-point link. */
    int address();

    /** Where a person finds it, e.g. {@code Bay 0}; may be empty. */
    String slot();

    /** Its endpoint UUID (Get Endpoint UUID); unique on the board, survives hot-plug. */
    UUID uuid();

    /** Its request-to-response time. */
    Duration turnaround();

    /** Whether it is plugged in when the board starts. */
    boolean present();

    /** Whether it has an MCTP endpoint at its address (a drive with only the NVMe Basic Management Command has none). */
    default boolean hasMctpEndpoint() {
        return true;
    }

    /** The address the bus owner reaches it at: SMBus 7-bit address, or {@link LinkAddress#NONE} on a point-to-point link. */
    default LinkAddress linkAddress() {
        return address() == BusSpec.NO_ADDRESS ? LinkAddress.NONE : LinkAddress.smbus(address());
    }
}
