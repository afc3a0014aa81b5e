package org.bmcplatform.app.buses;

import java.util.List;
import org.bmcplatform.mctp.binding.LinkAddress;

/**
 * One live bus: its MCTP interface (named after the bus), its binding kind ({@code smbus}, {@code serial},
 * {@code pcc}, {@code astlpc}; {@code af_mctp} for a kernel network), whether the platform owns the link
 * (assigns EIDs there, DSP0236 §8.17), the platform's own address on it, the components the board declares
 * there, the addresses discovery sets up, and the lane every exchange on it goes through. On a point-to-point
 * link addresses are {@link #NO_ADDRESS} and the clock is 0; on a kernel network the addresses are EIDs.
 */
public record Bus(String name, String interfaceName, String binding, boolean ownsLink, int network, int clockHz,
                  int localAddress, List<DeclaredComponent> components, List<Integer> probedAddresses, BusLane lane) {
    /** The address of the far end of a point-to-point link, which has no link addresses. */
    public static final int NO_ADDRESS = -1;

    public Bus {
        components = List.copyOf(components);
        probedAddresses = List.copyOf(probedAddresses);
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
