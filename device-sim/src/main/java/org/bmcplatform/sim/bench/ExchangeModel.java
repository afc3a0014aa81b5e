package org.bmcplatform.sim.bench;

import java.util.Locale;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.binding.serial.SerialFraming;
import org.bmcplatform.mctp.binding.serial.SerialPipe;
import org.bmcplatform.mctp.control.CompletionCode;
import org.bmcplatform.mctp.control.ControlCodec;
import org.bmcplatform.mctp.control.GetEndpointIdRequest;
import org.bmcplatform.mctp.control.GetEndpointIdResponse;
import org.bmcplatform.sim.board.BoardSpec;
import org.bmcplatform.sim.board.BusSpec;
import org.bmcplatform.sim.board.ComponentSpec;
import org.bmcplatform.sim.board.NvmeDriveSpec;
import org.bmcplatform.sim.bus.WireTiming;

/**
 * The modelled time of one Get Endpoint ID exchange over a virtual medium, in closed form
 * (device-sim/BOARD-FILE.md "Link models"): what the medium charges plus the answering component's
 * turnaround (a drive answers control requests at once; its turnaround is for NVMe-MI).
 *
 * @param bus             bus name
 * @param medium          the binding and its parameters, for people
 * @param component       the component that answers
 * @param formula         the model with its numbers, for people
 * @param mediumNanos     one exchange back to back with a component that answers at once: the medium's own limit
 * @param turnaroundNanos the component's turnaround
 * @param exchangeNanos   one exchange back to back with this component
 */
record ExchangeModel(String bus, String medium, String component, String formula, long mediumNanos, long turnaroundNanos,
                     long exchangeNanos) {
    /** Transport header in front of every packet (DSP0236 §8.1). */
    static final int MCTP_HEADER = 4;
    /** SMBus block-write bytes around the packet: address, command, byte count, source, PEC (DSP0237). */
    static final int SMBUS_FRAMING = 5;

    /** A medium whose exchange is its own time plus the component's turnaround. */
    static ExchangeModel additive(String bus, String medium, String component, String formula, long mediumNanos, long turnaround) {
        return new ExchangeModel(bus, medium, component, formula, mediumNanos, turnaround, mediumNanos + turnaround);
    }

    static ExchangeModel of(BoardSpec spec, String busName, ComponentSpec c) {
        BusSpec bus = spec.bus(busName);
        int request = ControlCodec.encode(new GetEndpointIdRequest(0)).length();
        Bytes responseMessage = ControlCodec.encode(new GetEndpointIdResponse(0, CompletionCode.SUCCESS, EndpointId.of(9),
                GetEndpointIdResponse.ENDPOINT_SIMPLE, GetEndpointIdResponse.EID_DYNAMIC, 0));
        int response = responseMessage.length();
        long turnaround = c instanceof NvmeDriveSpec ? 0 : c.turnaround().toNanos();
        switch (bus.binding()) {
            case BusSpec.SMBUS: {
                WireTiming t = WireTiming.forClock(bus.clockHz());
                int a = request + MCTP_HEADER + SMBUS_FRAMING;
                int b = response + MCTP_HEADER + SMBUS_FRAMING;
                return additive(busName, "smbus " + bus.clockHz() / 1000 + " kHz", c.id(), String.format(Locale.ROOT,
                        "(%d + %d bytes) x 9 / %d Hz + 2 x %.2f µs framing", a, b, bus.clockHz(), t.framingNanos() / 1e3),
                        t.transactionNanos(a) + t.transactionNanos(b), turnaround);
            }
            case BusSpec.SERIAL: {
                int a = SerialFraming.encode(packet(ControlCodec.encode(new GetEndpointIdRequest(0)))).length();
                int b = SerialFraming.encode(packet(responseMessage)).length();
                long byteNanos = SerialPipe.byteTime(bus.baud()).toNanos();
                return additive(busName, "serial " + bus.baud() + " baud 8N1", c.id(), String.format(Locale.ROOT,
                        "(%d + %d frame bytes) x 10 / %d baud", a, b, bus.baud()), (a + b) * byteNanos, turnaround);
            }
            case BusSpec.PCC: {
                long l = bus.latency().toNanos();
                return additive(busName, "pcc, doorbell " + l / 1000 + " µs", c.id(), String.format(Locale.ROOT,
                        "request doorbell + response interrupt = 2 x %.1f µs", l / 1e3), 2 * l, turnaround);
            }
            default: {
                // back to back: the BMC's last Rx Complete is read and the BMC told (2 L), request Tx Begin (L),
                // the host's Rx Complete read and the host told (2 L) overlapping its turnaround, response Tx Begin (L)
                long l = bus.latency().toNanos();
                return new ExchangeModel(busName, "astlpc, KCS access " + l / 1000 + " µs", c.id(), String.format(Locale.ROOT,
                        "4 x %.1f µs KCS accesses + max(turnaround, 2 x %.1f µs); window copies in memory, 0", l / 1e3, l / 1e3),
                        6 * l, turnaround, 4 * l + Math.max(turnaround, 2 * l));
            }
        }
    }

    /** A single-packet message behind a transport header; EIDs 9 and 8 and a request tag need no escaping. */
    private static Bytes packet(Bytes message) {
        return Bytes.ofUnsigned(0x01, 0x09, 0x08, 0xC8).concat(message);
    }
}
