package org.bmcplatform.sim.bus;

import java.util.Optional;
import org.bmcplatform.mctp.Bytes;

/** A plain SMBus device that answers block reads (SMBus 3.x §6.5.7) at its address on a {@link VirtualSmbusSegment}. */
@FunctionalInterface
public interface BlockReadTarget {

    /**
     * What the device drives on the wire after the repeated start for a block read of {@code commandCode}: the
     * byte count, the data and its PEC if it sends one; empty when it does not acknowledge the command code.
     * Called on the segment's scheduler when the read goes on the wire; must not block.
     */
    Optional<Bytes> blockRead(int commandCode);
}
