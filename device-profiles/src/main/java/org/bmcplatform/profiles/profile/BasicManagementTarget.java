package org.bmcplatform.profiles.profile;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.bmcplatform.mctp.binding.smbus.SmbusBlockReader;
import org.bmcplatform.profiles.nvmemi.basic.BasicManagementBlock;
import org.bmcplatform.profiles.nvmemi.basic.BasicManagementCodec;
import org.bmcplatform.profiles.nvmemi.basic.BasicManagementFormatException;

/**
 * Where a drive answers the NVMe Basic Management Command (NVMe-MI 1.2 Appendix A): SMBus block reads at a 7-bit
 * address on a bus, with or without the PEC. Not MCTP: {@code bus} is whatever does block reads there (the
 * platform's port on the segment, a Linux i2c-dev node).
 *
 * @param bus     does the block reads
 * @param address the drive's 7-bit address (usually 0x6a)
 * @param pec     whether the reads take and check the PEC
 */
public record BasicManagementTarget(SmbusBlockReader bus, int address, boolean pec) {
    public BasicManagementTarget {
        if (bus == null) {
            throw new IllegalArgumentException("bus is required");
        }
        if (address < 0 || address > 0x7F) {
            throw new IllegalArgumentException("a 7-bit SMBus address, was " + address);
        }
    }

    /**
     * Reads and decodes the block at {@code commandCode}. A malformed block (wrong length, bad PEC) becomes a warning
     * and an empty result; no answer (the address or command NACKed) fails the future with the bus's exception.
     */
    CompletableFuture<Optional<BasicManagementBlock>> read(int commandCode, String what, List<String> warnings) {
        return bus.blockRead(address, commandCode, pec).toCompletableFuture().thenApply(bytes -> {
            try {
                return Optional.of(BasicManagementCodec.decode(commandCode, bytes, address, pec));
            } catch (BasicManagementFormatException e) {
                warnings.add(what + ": " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    @Override
    public String toString() {
        return String.format("basic management at 0x%02x%s", address, pec ? "" : " (no PEC)");
    }
}
