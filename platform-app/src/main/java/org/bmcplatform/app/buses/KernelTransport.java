package org.bmcplatform.app.buses;

import java.util.List;
import java.util.stream.IntStream;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.RequestOptions;
import org.bmcplatform.mctp.control.ControlRequester;
import org.bmcplatform.mctp.control.EndpointQuery;
import org.bmcplatform.mctp.kernel.AfMctpEndpoint;
import org.bmcplatform.mctp.time.SystemScheduler;
import org.bmcplatform.sim.board.BoardSpec;

/**
 * The board on the Linux kernel's MCTP (AF_MCTP sockets): the kernel routes and fragments, mctpd owns the
 * links and assigns the EIDs, and the board file's buses are not opened by the platform. Its one bus is the
 * board's MCTP network ({@code net1}): its addresses are the EIDs of {@code bmc.mctp.kernel-eids}, each asked
 * for its UUID and message types; EIDs without a kernel route are skipped at once. On a kernel without MCTP
 * the platform stops at start with one message.
 */
final class KernelTransport {
    /** The binding name the kernel network's bus reports. */
    static final String BINDING = "af_mctp";

    private KernelTransport() {
    }

    static LiveBoard open(BoardSpec spec, String eids) {
        List<Integer> scanned = parseEids(eids);
        SystemScheduler scheduler = new SystemScheduler("mctp", 2);
        AfMctpEndpoint endpoint;
        try {
            endpoint = AfMctpEndpoint.open(scheduler);
        } catch (MctpException e) {
            scheduler.close();
            throw new TransportUnavailableException("bmc.mctp.transport=kernel: " + e.getMessage(), e);
        }
        String name = "net" + spec.mctp().network();
        Bus network = new Bus(name, name, BINDING, false, spec.mctp().network(), 0, Bus.NO_ADDRESS, List.of(), scanned,
                new BusLane(name));
        EndpointSetup setup = new KernelEndpointSetup(new EndpointQuery(new ControlRequester(endpoint, RequestOptions.DEFAULT)));
        return new LiveBoard(spec, List.of(network), endpoint, scheduler, setup, List.of(), null,
                List.of(endpoint, scheduler));
    }

    /** {@code first-last} within 8..254, e.g. {@code 8-254} or {@code 20-40}. */
    static List<Integer> parseEids(String text) {
        String[] parts = text.split("-", -1);
        try {
            if (parts.length == 2) {
                int first = Integer.decode(parts[0].strip());
                int last = Integer.decode(parts[1].strip());
                if (first >= EndpointId.FIRST_UNICAST && last <= EndpointId.LAST_UNICAST && first <= last) {
                    return IntStream.rangeClosed(first, last).boxed().toList();
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("bmc.mctp.kernel-eids: '" + text + "' is not a range first-last of unicast EIDs"
                + " within " + EndpointId.FIRST_UNICAST + "-" + EndpointId.LAST_UNICAST + ", e.g. 8-254");
    }
}
