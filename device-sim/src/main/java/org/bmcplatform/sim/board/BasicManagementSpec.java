package org.bmcplatform.sim.board;

/**
 * Where a drive answers the NVMe Basic Management Command (NVMe-MI 1.2 Appendix A): SMBus block reads at a
 * 7-bit address, with or without PEC.
 *
 * @param address its 7-bit address (0x6a on most drives)
 * @param pec     whether it sends the PEC after the data (some drives do not)
 */
public record BasicManagementSpec(int address, boolean pec) {
    public BasicManagementSpec {
        if (address < 0 || address > 0x7F) {
            throw new IllegalArgumentException("a 7-bit SMBus address, was " + address);
        }
    }
}
