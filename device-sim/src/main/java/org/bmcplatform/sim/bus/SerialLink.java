package org.bmcplatform.sim.bus;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.binding.Binding;
import org.bmcplatform.mctp.binding.LinkAddress;
import org.bmcplatform.mctp.binding.serial.SerialBinding;
import org.bmcplatform.mctp.binding.serial.SerialFraming;
import org.bmcplatform.mctp.binding.serial.SerialLine;
import org.bmcplatform.mctp.binding.serial.SerialPipe;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * A serial cable between the platform and one component (DSP0253 over a UART): a {@link SerialPipe}
 * whose each direction sends one write after another at {@link SerialPipe#byteTime(int)} per byte
 * (8N1: 10 bit times per byte, 86.8 µs at 115200 baud). The platform's end is a {@link SerialBinding}
 * on end {@code a}; the component's, for each power-on, a {@link SerialBinding} on end {@code b}.
 * While no component is plugged in, the cable is disconnected: the platform's line reports not
 * connected (its binding's link is down) and its writes fail.
 */
public final class SerialLink implements VirtualLink {
    private final String name;
    private final int baud;
    private final int mtu;
    private final SerialPipe.Pair pipe;
    private final Object lock = new Object();
    private final AtomicLong bytesToPlatform = new AtomicLong();
    private final AtomicLong bytesToComponent = new AtomicLong();
    private boolean platformTaken;
    private volatile ComponentEnd plugged;

    /**
     * @param baud bit rate, 8N1
     * @param mtu  the MTU of both ends' bindings (68..255)
     */
    public SerialLink(String name, int baud, int mtu, Scheduler scheduler) {
        if (mtu < SerialBinding.MIN_MTU || mtu > SerialBinding.MAX_MTU) {
            throw new IllegalArgumentException("serial MTU must be " + SerialBinding.MIN_MTU + ".." + SerialBinding.MAX_MTU + ", was " + mtu);
        }
        this.name = name;
        this.baud = baud;
        this.mtu = mtu;
        this.pipe = SerialPipe.pair(name, scheduler, SerialPipe.byteTime(baud));
        this.pipe.setConnected(false);
        this.pipe.b().start(this::toComponent);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kind() {
        return "serial";
    }

    public int baud() {
        return baud;
    }

    /** Wire time of one byte (start bit, 8 data bits, stop bit). */
    public Duration byteTime() {
        return SerialPipe.byteTime(baud);
    }

    /** Bytes that reached the platform's end from the component, framing included. */
    public long bytesToPlatform() {
        return bytesToPlatform.get();
    }

    /** Bytes that reached the component's end from the platform, framing included. */
    public long bytesToComponent() {
        return bytesToComponent.get();
    }

    /** Whether a component is plugged in (the cable is connected). */
    public boolean isConnected() {
        return pipe.isConnected();
    }

    @Override
    public Binding platformBinding() {
        synchronized (lock) {
            if (platformTaken) {
                throw new IllegalStateException(name + ": the platform's end of the serial link was already handed out");
            }
            platformTaken = true;
        }
        return new SerialBinding(new CountingLine(pipe.a()), mtu);
    }

    @Override
    public Binding componentBinding(LinkAddress address, WireDamage damage) {
        if (!address.isNone()) {
            throw new IllegalArgumentException(name + ": a serial link has no link addresses, was " + address);
        }
        ComponentEnd end = new ComponentEnd(damage);
        synchronized (lock) {
            if (plugged != null) {
                throw new IllegalStateException(name + ": a component is already plugged into the serial link");
            }
            plugged = end;
            pipe.setConnected(true);
        }
        return new SerialBinding(end, mtu);
    }

    private void toComponent(Bytes bytes) {
        bytesToComponent.addAndGet(bytes.length());
        ComponentEnd end = plugged;
        if (end != null) {
            end.deliver(bytes);
        }
    }

    private void unplug(ComponentEnd end) {
        synchronized (lock) {
            if (plugged == end) {
                plugged = null;
                pipe.setConnected(false);
            }
        }
    }

    @Override
    public void close() {
        ComponentEnd end = plugged;
        if (end != null) {
            end.close();
        }
        pipe.a().close();
        pipe.b().close();
    }

    @Override
    public String toString() {
        return name + "@" + baud + "baud";
    }

    /** The platform's end, counting what it receives. */
    private final class CountingLine implements SerialLine {
        private final SerialLine line;

        CountingLine(SerialLine line) {
            this.line = line;
        }

        @Override
        public String name() {
            return line.name();
        }

        @Override
        public void start(Consumer<Bytes> received) {
            line.start(bytes -> {
                bytesToPlatform.addAndGet(bytes.length());
                received.accept(bytes);
            });
        }

        @Override
        public CompletionStage<Void> write(Bytes bytes) {
            return line.write(bytes);
        }

        @Override
        public boolean isConnected() {
            return line.isConnected();
        }

        @Override
        public void close() {
            line.close();
        }
    }

    /**
     * A frame as the wire carries it: when it carries a packet marked in {@code damage}, one bit of a packet
     * byte is flipped and the FCS left as sent (DSP0253 §6), so the receiver drops it as {@code BAD_FCS}. The
     * frame keeps its boundaries: the flipped byte is one whose new value is neither the flag nor the
     * escape (an escaped byte's second byte, 0x5E or 0x5D, always qualifies), so the receiver still sees
     * the same frame with the same byte count.
     */
    static Bytes onTheWire(Bytes frame, WireDamage damage) {
        int header = 3;
        if (frame.length() < header + SerialFraming.MIN_PACKET + 3 || frame.get(0) != SerialFraming.FLAG) {
            return frame;
        }
        int count = frame.get(2);
        byte[] packet = new byte[count];
        int[] onWire = new int[count];
        int at = header;
        for (int i = 0; i < count; i++) {
            if (at >= frame.length() - 1) {
                return frame;
            }
            if (frame.get(at) == SerialFraming.ESCAPE) {
                at++;
                packet[i] = (byte) (frame.get(at) ^ 0x20);
            } else {
                packet[i] = frame.getByte(at);
            }
            onWire[i] = at++;
        }
        if (!damage.take(Bytes.wrap(packet))) {
            return frame;
        }
        int first = WireDamage.damagedByte(count);
        for (int k = 0; k < count; k++) {
            int w = onWire[(first + k) % count];
            int flipped = frame.get(w) ^ WireDamage.BIT;
            if (flipped != SerialFraming.FLAG && flipped != SerialFraming.ESCAPE) {
                return WireDamage.flipped(frame, w);
            }
        }
        return frame;
    }

    /** The component's end for one power-on: closing it pulls the cable. */
    private final class ComponentEnd implements SerialLine {
        private final WireDamage damage;
        private volatile Consumer<Bytes> receiver;
        private volatile boolean closed;

        ComponentEnd(WireDamage damage) {
            this.damage = damage;
        }

        void deliver(Bytes bytes) {
            Consumer<Bytes> r = receiver;
            if (!closed && r != null) {
                r.accept(bytes);
            }
        }

        @Override
        public String name() {
            return pipe.b().name();
        }

        @Override
        public void start(Consumer<Bytes> received) {
            if (receiver != null) {
                throw new IllegalStateException(name() + " already started");
            }
            receiver = received;
        }

        @Override
        public CompletionStage<Void> write(Bytes bytes) {
            if (closed) {
                return CompletableFuture.failedFuture(new MctpException(MctpException.Reason.BINDING_DOWN,
                        "serial line " + name() + " is unplugged"));
            }
            return pipe.b().write(onTheWire(bytes, damage));
        }

        @Override
        public boolean isConnected() {
            return !closed && pipe.b().isConnected();
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                unplug(this);
            }
        }
    }
}
