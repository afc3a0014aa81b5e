package org.bmcplatform.app.buses;

import java.util.List;
import java.util.Optional;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.smbus.SmbusBlockReader;
import org.bmcplatform.sim.board.BasicManagementSpec;

/**
 * One live bus: its MCTP interface (named after the bus), its binding kind ({@code smbus}, {@code serial},
 * {@code pcc}, {@code astlpc}; {@code af_mctp} for a kernel network), whether the platform owns the link
 * (assigns EIDs there, DSP0236 §8.17), the platform's own address on it, the components the board declares
 * there, the addresses discovery sets up, and the lane every exchange on it goes through. On a point-to-point
 * link addresses are {@link #NO_ADDRESS} and the clock is 0; on a kernel network the addresses are EIDs.
 * On an SMBus bus, {@code basicManagement} lists where drives are read with the NVMe Basic Management Command
 * (SMBus block reads, no MCTP) and {@code blockReader} does those reads: the platform's own port on the segment,
 * so they queue on the wire with the MCTP frames (and on the lane with the MCTP exchanges).
 */
public record Bus(String name, String interfaceName, String binding, boolean ownsLink, int network, int clockHz,
                  int localAddress, List<DeclaredComponent> components, List<Integer> probedAddresses, BusLane lane,
                  List<BasicManagementSpec> basicManagement, Optional<SmbusBlockReader> blockReader) {
    /** The address of the far end of a point-to-point link, which has no link addresses. */
    public static final int NO_ADDRESS = -1;

    public Bus {
        components = List.copyOf(components);
        probedAddresses = List.copyOf(probedAddresses);
        basicManagement = List.copyOf(basicManagement);
        if (!basicManagement.isEmpty() && blockReader.isEmpty()) {
            throw new IllegalArgumentException(name + ": basic-management addresses need a port that does SMBus block reads");
        }
    }

    /** A bus without basic-management drives. */
    public Bus(String name, String interfaceName, String binding, boolean ownsLink, int network, int clockHz,
               int localAddress, List<DeclaredComponent> components, List<Integer> probedAddresses, BusLane lane) {
        this(name, interfaceName, binding, ownsLink, network, clockHz, localAddress, components, probedAddresses, lane,
                List.of(), Optional.empty());
    }

    /** The component the board file declares at an address, if any. */
    public Optional<DeclaredComponent> declaredAt(int address) {
        return components.stream().filter(c -> c.address() == address).findFirst();
    }

    /** A component the board file places on this bus ({@link #NO_ADDRESS} on a point-to-point link). */
    public record DeclaredComponent(String id, String type, int address, String slot) {
    }

    /** The link address of a component address on this bus. */
    public LinkAddress linkAddress(int address) {
        return address == NO_ADDRESS ? LinkAddress.NONE : LinkAddress.smbus(address);
    }

    /** {@code smbus0@0x1d}, or just {@code host0} for the far end of a point-to-point link. */
    public static String location(String bus, int address) {
        return address == NO_ADDRESS ? bus : String.format("%s@0x%02x", bus, address);
    }
}
