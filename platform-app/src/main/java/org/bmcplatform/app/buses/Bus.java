package org.bmcplatform.app.buses;

import java.util.List;

/**
 * One live SMBus segment: its MCTP interface (named after the bus), the platform's own address on
 * it, the components the board declares there, and the lane every exchange on it goes through.
 */
public record Bus(String name, String interfaceName, int network, int clockHz, int localAddress,
                  List<DeclaredComponent> components, BusLane lane) {

    public Bus {
        components = List.copyOf(components);
    }

    /** A component the board file places on this bus. */
    public record DeclaredComponent(String id, String type, int address, String slot) {
    }
}
