package org.bmcplatform.profiles.nvmemi.basic;

/**
 * One data block of the NVMe Basic Management Command (NVMe-MI 1.2 Appendix A, Figure "Basic
 * Management Command Data"), read with an SMBus block read at its command code.
 */
public sealed interface BasicManagementBlock permits DriveStatus, DriveIdentity {

    /** The SMBus command code (data offset) the block is read at. */
    int commandCode();
}
