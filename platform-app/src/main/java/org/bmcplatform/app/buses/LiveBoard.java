package org.bmcplatform.app.buses;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpEndpoint;
import org.bmcplatform.mctp.MctpInterface;
import org.bmcplatform.mctp.time.Scheduler;
import org.bmcplatform.sim.VirtualBoard;
import org.bmcplatform.sim.board.BoardSpec;

/**
 * The board brought to life on one MCTP transport: its buses, the endpoint API every message goes through
 * (the Java stack, or the kernel's AF_MCTP sockets), how endpoints are set up, and on the Java transport the
 * stack's interfaces and the simulator of the virtual buses. Closing it stops everything in reverse order.
 * Built by {@link StackTransport} or {@link KernelTransport}.
 */
public final class LiveBoard implements AutoCloseable {
    private final BoardSpec spec;
    private final List<Bus> buses;
    private final MctpEndpoint endpoint;
    private final Scheduler scheduler;
    private final EndpointSetup endpointSetup;
    private final List<MctpInterface> interfaces;
    private final VirtualBoard simulation;
    private final List<AutoCloseable> closeInOrder;

    LiveBoard(BoardSpec spec, List<Bus> buses, MctpEndpoint endpoint, Scheduler scheduler, EndpointSetup endpointSetup,
              List<MctpInterface> interfaces, VirtualBoard simulation, List<AutoCloseable> closeInOrder) {
        this.spec = spec;
        this.buses = List.copyOf(buses);
        this.endpoint = endpoint;
        this.scheduler = scheduler;
        this.endpointSetup = endpointSetup;
        this.interfaces = List.copyOf(interfaces);
        this.simulation = simulation;
        this.closeInOrder = List.copyOf(closeInOrder);
    }

    /** The board on the Java stack: every bus of the board file is an interface of the platform's own stack. */
    public static LiveBoard start(BoardSpec spec) {
        return StackTransport.open(spec);
    }

    /** The board on the configured transport. */
    public static LiveBoard start(BoardSpec spec, TransportProperties transport) {
        return transport.transport() == TransportProperties.Transport.KERNEL
                ? KernelTransport.open(spec, transport.kernelEids()) : StackTransport.open(spec);
    }

    public BoardSpec spec() {
        return spec;
    }

    public int network() {
        return spec.mctp().network();
    }

    public EndpointId localEid() {
        return spec.mctp().localEid();
    }

    /** Where every message to a component goes: the Java stack or the kernel's AF_MCTP sockets. */
    public MctpEndpoint endpoint() {
        return endpoint;
    }

    /** The transport's scheduler (timeouts and retries of requests). */
    public Scheduler scheduler() {
        return scheduler;
    }

    public EndpointSetup endpointSetup() {
        return endpointSetup;
    }

    /** The platform's own MCTP interfaces, one per bus; none on the kernel transport (see {@code mctp link}). */
    public List<MctpInterface> interfaces() {
        return interfaces;
    }

    public Optional<MctpInterface> findInterface(String name) {
        return interfaces.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public List<Bus> buses() {
        return buses;
    }

    public Bus bus(String name) {
        return buses.stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no bus '" + name + "' on board " + spec.name()));
    }

    /** The simulator, when the board has virtual buses and runs on the Java stack. */
    public Optional<VirtualBoard> simulation() {
        return Optional.ofNullable(simulation);
    }

    @Override
    public void close() {
        IllegalStateException failed = null;
        for (AutoCloseable c : closeInOrder) {
            try {
                c.close();
            } catch (Exception e) {
                if (failed == null) {
                    failed = new IllegalStateException("closing " + c + " failed", e);
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
