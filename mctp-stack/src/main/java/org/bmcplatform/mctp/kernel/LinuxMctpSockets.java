package org.bmcplatform.mctp.kernel;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.ptr.IntByReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import org.bmcplatform.mctp.Bytes;

/**
 * The AF_MCTP system calls through JNA (libc). Layouts follow include/uapi/linux/mctp.h; constants are
 * those of the generic Linux ABI (SOCK_DGRAM 2, MSG_DONTWAIT 0x40).
 */
final class LinuxMctpSockets implements MctpSockets {
    static final int SOCK_DGRAM = 2;
    static final int MSG_TRUNC = 0x20;
    static final int MSG_DONTWAIT = 0x40;
    static final short POLLIN = 0x01;
    static final short POLLNVAL = 0x20;
    /** SIOCPROTOPRIVATE (0x89E0) + 0..3. */
    static final int SIOCMCTPALLOCTAG = 0x89E0;
    static final int SIOCMCTPDROPTAG = 0x89E1;
    static final int SIOCMCTPALLOCTAG2 = 0x89E2;
    static final int SIOCMCTPDROPTAG2 = 0x89E3;
    /** MCTP_INITIAL_DEFAULT_NET: the network the first tag ioctls (without a net field) work in. */
    static final int DEFAULT_NET = 1;
    /** The largest message received whole; a longer one is reported as EMSGSIZE. */
    static final int RECEIVE_BUFFER = 65536;

    private final Libc libc;
    private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[RECEIVE_BUFFER]);
    /** Null until the first tag ioctl tells whether the kernel has SIOCMCTPALLOCTAG2 (6.10+). */
    private volatile Boolean tagIoctl2;
    private volatile boolean tagIoctl1Missing;

    LinuxMctpSockets() {
        this.libc = Native.load("c", Libc.class);
    }

    @Override
    public int open() throws SyscallException {
        int fd = libc.socket(SockaddrMctp.AF_MCTP, SOCK_DGRAM, 0);
        if (fd < 0) {
            throw new SyscallException("socket(AF_MCTP, SOCK_DGRAM, 0)", Native.getLastError());
        }
        return fd;
    }

    @Override
    public void bind(int fd, SockaddrMctp local) throws SyscallException {
        if (libc.bind(fd, local.encode(), SockaddrMctp.SIZE) != 0) {
            throw new SyscallException(String.format("bind(AF_MCTP, type 0x%02x)", local.type()), Native.getLastError());
        }
    }

    @Override
    public void sendTo(int fd, Bytes payload, SockaddrMctp to) throws SyscallException {
        byte[] data = payload.toArray();
        long n = libc.sendto(fd, data, new NativeLong(data.length), MSG_DONTWAIT, to.encode(), SockaddrMctp.SIZE).longValue();
        if (n < 0) {
            throw new SyscallException(String.format("sendto(EID %d, net %d, type 0x%02x)", to.eid(),
                    Integer.toUnsignedLong(to.network()), to.type()), Native.getLastError());
        }
    }

    @Override
    public Optional<Datagram> receive(int fd, int timeoutMillis) throws SyscallException {
        ByteBuffer pollfd = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder());
        pollfd.putInt(fd).putShort(POLLIN).putShort((short) 0);
        byte[] fds = pollfd.array();
        int ready = libc.poll(fds, new NativeLong(1), timeoutMillis);
        if (ready < 0) {
            int errno = Native.getLastError();
            if (errno == Errno.EINTR) {
                return Optional.empty();
            }
            throw new SyscallException("poll(AF_MCTP socket)", errno);
        }
        if (ready == 0) {
            return Optional.empty();
        }
        short revents = ByteBuffer.wrap(fds).order(ByteOrder.nativeOrder()).getShort(6);
        if ((revents & POLLNVAL) != 0) {
            throw new SyscallException("poll(AF_MCTP socket)", Errno.EBADF);
        }
        byte[] buf = buffers.get();
        byte[] addr = new byte[SockaddrMctp.SIZE];
        IntByReference addrLen = new IntByReference(SockaddrMctp.SIZE);
        long n = libc.recvfrom(fd, buf, new NativeLong(buf.length), MSG_DONTWAIT | MSG_TRUNC, addr, addrLen).longValue();
        if (n < 0) {
            int errno = Native.getLastError();
            if (errno == Errno.EAGAIN || errno == Errno.EINTR) {
                return Optional.empty();
            }
            throw new SyscallException("recvfrom(AF_MCTP socket)", errno);
        }
        if (n > buf.length) {
            // MSG_TRUNC reports the datagram's real length; the rest of it is gone
            throw new SyscallException("recvfrom(AF_MCTP socket): message of " + n + " bytes", Errno.EMSGSIZE);
        }
        return Optional.of(new Datagram(SockaddrMctp.decode(addr, addrLen.getValue()), Bytes.of(buf, 0, (int) n)));
    }

    @Override
    public int allocateTag(int fd, int network, int peer) throws SyscallException {
        if (!Boolean.FALSE.equals(tagIoctl2)) {
            byte[] ctl = tagControl2(network, peer, 0);
            if (libc.ioctl(fd, new NativeLong(SIOCMCTPALLOCTAG2), ctl) == 0) {
                tagIoctl2 = Boolean.TRUE;
                return ctl[8] & 0xFF;
            }
            int errno = Native.getLastError();
            if (tagIoctl2 != null || !isUnknownIoctl(errno)) {
                throw new SyscallException("ioctl(SIOCMCTPALLOCTAG2, EID " + peer + ")", errno);
            }
            tagIoctl2 = Boolean.FALSE;
        }
        if (tagIoctl1Missing || (network != SockaddrMctp.NET_ANY && network != DEFAULT_NET)) {
            throw new SyscallException("ioctl(SIOCMCTPALLOCTAG, EID " + peer + ", net " + Integer.toUnsignedLong(network)
                    + ")", Errno.EOPNOTSUPP);
        }
        byte[] ctl = tagControl(peer, 0);
        if (libc.ioctl(fd, new NativeLong(SIOCMCTPALLOCTAG), ctl) == 0) {
            return ctl[1] & 0xFF;
        }
        int errno = Native.getLastError();
        if (isUnknownIoctl(errno)) {
            tagIoctl1Missing = true;
        }
        throw new SyscallException("ioctl(SIOCMCTPALLOCTAG, EID " + peer + ")", isUnknownIoctl(errno) ? Errno.EOPNOTSUPP : errno);
    }

    @Override
    public void dropTag(int fd, int network, int peer, int tag) throws SyscallException {
        boolean v2 = Boolean.TRUE.equals(tagIoctl2);
        byte[] ctl = v2 ? tagControl2(network, peer, tag) : tagControl(peer, tag);
        if (libc.ioctl(fd, new NativeLong(v2 ? SIOCMCTPDROPTAG2 : SIOCMCTPDROPTAG), ctl) != 0) {
            throw new SyscallException("ioctl(" + (v2 ? "SIOCMCTPDROPTAG2" : "SIOCMCTPDROPTAG") + ", EID " + peer + ")",
                    Native.getLastError());
        }
    }

    @Override
    public void close(int fd) {
        libc.close(fd);
    }

    /** EINVAL (6.x kernels without the "2" ioctls), EOPNOTSUPP (5.15-5.17: no tag ioctls), ENOTTY. */
    private static boolean isUnknownIoctl(int errno) {
        return errno == Errno.EINVAL || errno == Errno.EOPNOTSUPP || errno == Errno.ENOTTY;
    }

    /** {@code struct mctp_ioc_tag_ctl}: u8 peer_addr, u8 tag, u16 flags (0). */
    static byte[] tagControl(int peer, int tag) {
        return new byte[] {(byte) peer, (byte) tag, 0, 0};
    }

    /**
     * {@code struct mctp_ioc_tag_ctl2}, 12 bytes: u32 net, u8 peer_addr, u8 local_addr (MCTP_ADDR_ANY),
     * u16 flags (0), u8 tag, 3 bytes of padding.
     */
    static byte[] tagControl2(int network, int peer, int tag) {
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.nativeOrder());
        b.putInt(network).put((byte) peer).put((byte) SockaddrMctp.ADDR_ANY).putShort((short) 0).put((byte) tag);
        return b.array();
    }

    /** The libc functions used here; arrays are copied in and back out by JNA. */
    interface Libc extends Library {
        int socket(int domain, int type, int protocol);

        int bind(int fd, byte[] addr, int addrLen);

        NativeLong sendto(int fd, byte[] buf, NativeLong len, int flags, byte[] addr, int addrLen);

        NativeLong recvfrom(int fd, byte[] buf, NativeLong len, int flags, byte[] addr, IntByReference addrLen);

        int poll(byte[] fds, NativeLong nfds, int timeout);

        int ioctl(int fd, NativeLong request, byte[] arg);

        int close(int fd);
    }
}
