package org.bmcplatform.mctp.kernel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bmcplatform.mctp.Bytes;

/**
 * The AF_MCTP socket layer of a kernel, in memory, for tests: sockets, binds, tag keys owned by
 * sockets (preallocated by ioctl or allocated on an owner send, released on reply, drop or close), and
 * delivery of replies only to the socket owning the key. The test plays the peers: it takes what was
 * sent and answers, injects requests, or scripts failures by errno. {@link #awaitQuiet()} waits until
 * every socket's reader has taken everything queued and is waiting again, so tests need no sleeps.
 */
final class InMemoryMctpKernel implements MctpSockets {
    /** A datagram a socket sent: the address as given, the tag it went out with (TO=1 for requests). */
    record Sent(int fd, SockaddrMctp to, Bytes payload, int wireTag, boolean tagOwner) {
        Bytes message() {
            return Bytes.ofUnsigned(to.type()).concat(payload);
        }
    }

    private record Key(int network, int peer, int tag) {
    }

    private static final class Socket {
        final Deque<Datagram> queue = new ArrayDeque<>();
        SockaddrMctp bound;
        boolean readerWaiting;
    }

    private static final class KeyOwner {
        final int fd;
        final boolean preallocated;

        KeyOwner(int fd, boolean preallocated) {
            this.fd = fd;
            this.preallocated = preallocated;
        }
    }

    private final Map<Integer, Socket> sockets = new HashMap<>();
    private final Map<Key, KeyOwner> keys = new HashMap<>();
    private final Deque<Sent> sent = new ArrayDeque<>();
    private final Map<Integer, Integer> sendErrnoByPeer = new HashMap<>();
    private int nextFd = 3;
    private int socketErrno;
    private int bindErrno;
    private boolean tagIoctls = true;
    private int kernelDropped;
    private int socketsOpened;

    // --- the test's controls

    synchronized InMemoryMctpKernel withoutMctp() {
        socketErrno = Errno.EAFNOSUPPORT;
        return this;
    }

    synchronized InMemoryMctpKernel withoutTagIoctls() {
        tagIoctls = false;
        return this;
    }

    synchronized InMemoryMctpKernel refusingBind(int errno) {
        bindErrno = errno;
        return this;
    }

    /** Every sendto to this EID fails with the errno until {@link #sendsSucceed}. */
    synchronized void failSendsTo(int peer, int errno) {
        sendErrnoByPeer.put(peer, errno);
    }

    synchronized void sendsSucceed(int peer) {
        sendErrnoByPeer.remove(peer);
    }

    /** The oldest datagram sent and not yet taken. */
    synchronized Sent nextSent() {
        Sent s = sent.poll();
        if (s == null) {
            throw new AssertionError("nothing was sent");
        }
        return s;
    }

    synchronized int sentCount() {
        return sent.size();
    }

    /** The peer answers a request with a message (type byte first), tagged as the request was (TO=0). */
    boolean reply(Sent request, Bytes message) {
        return replyWithTag(request, request.wireTag(), message);
    }

    /**
     * The peer answers two requests back to back: both replies are queued before any reader can take the
     * first, as when both arrive between two reads. Returns whether each reached a socket.
     */
    synchronized boolean[] replyBoth(Sent first, Bytes firstMessage, Sent second, Bytes secondMessage) {
        return new boolean[] {reply(first, firstMessage), reply(second, secondMessage)};
    }

    /**
     * The peer answers with any tag value: the kernel delivers it to the socket owning the key (network,
     * peer, tag) and releases an owner-send key; with no such key the reply is dropped. Returns whether a
     * socket got it.
     */
    synchronized boolean replyWithTag(Sent request, int tag, Bytes message) {
        Key key = new Key(request.to().network(), request.to().eid(), tag);
        KeyOwner owner = keys.get(key);
        if (owner == null || !sockets.containsKey(owner.fd)) {
            kernelDropped++;
            return false;
        }
        if (!owner.preallocated) {
            keys.remove(key);
        }
        enqueue(owner.fd, new Datagram(new SockaddrMctp(key.network(), key.peer(), message.get(0), tag), message.slice(1)));
        return true;
    }

    /** Queues any datagram on a socket, bypassing the kernel's matching (for what a kernel should never pass). */
    synchronized void deliverRaw(int fd, SockaddrMctp from, Bytes message) {
        enqueue(fd, new Datagram(new SockaddrMctp(from.network(), from.eid(), message.get(0), from.tag()), message.slice(1)));
    }

    /**
     * A remote requester sends a request (TO=1, tag 0..7): it goes to the socket bound to its message type,
     * or is dropped. Returns whether a socket got it.
     */
    synchronized boolean request(int network, int sourceEid, int tag, Bytes message) {
        int type = message.get(0) & 0x7F;
        for (Map.Entry<Integer, Socket> e : sockets.entrySet()) {
            SockaddrMctp b = e.getValue().bound;
            if (b != null && b.type() == type) {
                enqueue(e.getKey(), new Datagram(new SockaddrMctp(network, sourceEid, message.get(0), tag | SockaddrMctp.TAG_OWNER),
                        message.slice(1)));
                return true;
            }
        }
        kernelDropped++;
        return false;
    }

    /** The tag values the kernel holds for the peer (any socket, preallocated or not). */
    synchronized Set<Integer> heldTags(int network, int peer) {
        Set<Integer> out = new TreeSet<>();
        keys.keySet().stream().filter(k -> k.network() == network && k.peer() == peer).forEach(k -> out.add(k.tag()));
        return out;
    }

    synchronized List<SockaddrMctp> boundAddresses() {
        List<SockaddrMctp> out = new ArrayList<>();
        sockets.values().forEach(s -> {
            if (s.bound != null) {
                out.add(s.bound);
            }
        });
        return out;
    }

    synchronized int openSockets() {
        return sockets.size();
    }

    synchronized int socketsOpened() {
        return socketsOpened;
    }

    synchronized int kernelDropped() {
        return kernelDropped;
    }

    /** Waits (real time, at most 10 s) until every open socket's reader has drained its queue and waits again. */
    synchronized void awaitQuiet() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!sockets.values().stream().allMatch(s -> s.queue.isEmpty() && s.readerWaiting)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("socket readers did not settle");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    /** Waits (real time, at most 10 s) until every socket is closed: the readers of finished sockets have ended. */
    synchronized void awaitAllClosed() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!sockets.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(sockets.size() + " socket(s) still open");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    private void enqueue(int fd, Datagram d) {
        Socket s = sockets.get(fd);
        if (s == null) {
            kernelDropped++;
            return;
        }
        s.queue.add(d);
        notifyAll();
    }

    // --- MctpSockets

    @Override
    public synchronized int open() throws SyscallException {
        if (socketErrno != 0) {
            throw new SyscallException("socket(AF_MCTP, SOCK_DGRAM, 0)", socketErrno);
        }
        int fd = nextFd++;
        sockets.put(fd, new Socket());
        socketsOpened++;
        return fd;
    }

    @Override
    public synchronized void bind(int fd, SockaddrMctp local) throws SyscallException {
        Socket s = socket(fd, "bind");
        if (bindErrno != 0) {
            throw new SyscallException("bind(AF_MCTP)", bindErrno);
        }
        boolean taken = sockets.values().stream().anyMatch(o -> o.bound != null && o.bound.type() == local.type());
        if (taken) {
            throw new SyscallException("bind(AF_MCTP)", Errno.EADDRINUSE);
        }
        s.bound = local;
    }

    @Override
    public synchronized void sendTo(int fd, Bytes payload, SockaddrMctp to) throws SyscallException {
        socket(fd, "sendto");
        Integer errno = sendErrnoByPeer.get(to.eid());
        if (errno != null) {
            throw new SyscallException("sendto(EID " + to.eid() + ")", errno);
        }
        int tag = to.tagValue();
        boolean owner = to.tagOwner();
        if (owner && (to.tag() & SockaddrMctp.TAG_PREALLOC) != 0) {
            KeyOwner k = keys.get(new Key(to.network(), to.eid(), tag));
            if (k == null || k.fd != fd || !k.preallocated) {
                throw new SyscallException("sendto(EID " + to.eid() + ", preallocated tag)", Errno.ENOENT);
            }
        } else if (owner) {
            tag = freeTag(to.network(), to.eid());
            keys.put(new Key(to.network(), to.eid(), tag), new KeyOwner(fd, false));
        }
        sent.add(new Sent(fd, to, payload, tag, owner));
    }

    @Override
    public Optional<Datagram> receive(int fd, int timeoutMillis) throws SyscallException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        synchronized (this) {
            Socket s = socket(fd, "poll");
            s.readerWaiting = true;
            notifyAll();
            try {
                while (s.queue.isEmpty() && sockets.get(fd) == s) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return Optional.empty();
                    }
                    wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } finally {
                s.readerWaiting = false;
            }
            if (sockets.get(fd) != s) {
                throw new SyscallException("poll", Errno.EBADF);
            }
            return Optional.of(s.queue.poll());
        }
    }

    @Override
    public synchronized int allocateTag(int fd, int network, int peer) throws SyscallException {
        socket(fd, "ioctl");
        if (!tagIoctls) {
            throw new SyscallException("ioctl(SIOCMCTPALLOCTAG)", Errno.EOPNOTSUPP);
        }
        int tag = freeTag(network, peer);
        keys.put(new Key(network, peer, tag), new KeyOwner(fd, true));
        return tag | SockaddrMctp.TAG_OWNER | SockaddrMctp.TAG_PREALLOC;
    }

    @Override
    public synchronized void dropTag(int fd, int network, int peer, int tag) throws SyscallException {
        socket(fd, "ioctl");
        Key key = new Key(network, peer, tag & SockaddrMctp.TAG_MASK);
        KeyOwner k = keys.get(key);
        if (k == null || k.fd != fd || !k.preallocated || (tag & 0x18) != 0x18) {
            throw new SyscallException("ioctl(SIOCMCTPDROPTAG)", Errno.EINVAL);
        }
        keys.remove(key);
    }

    @Override
    public synchronized void close(int fd) {
        if (sockets.remove(fd) != null) {
            keys.values().removeIf(k -> k.fd == fd);
            notifyAll();
        }
    }

    private Socket socket(int fd, String call) throws SyscallException {
        Socket s = sockets.get(fd);
        if (s == null) {
            throw new SyscallException(call, Errno.EBADF);
        }
        return s;
    }

    private int freeTag(int network, int peer) throws SyscallException {
        for (int t = 0; t < 8; t++) {
            if (!keys.containsKey(new Key(network, peer, t))) {
                return t;
            }
        }
        throw new SyscallException("tag allocation", Errno.EBUSY);
    }
}
