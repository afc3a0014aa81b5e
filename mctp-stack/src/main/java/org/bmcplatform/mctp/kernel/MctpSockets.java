package org.bmcplatform.mctp.kernel;

import java.util.Optional;
import org.bmcplatform.mctp.Bytes;

/**
 * The AF_MCTP system calls {@link AfMctpEndpoint} makes, behind one small interface so its logic runs
 * against an in-memory kernel in tests. {@link LinuxMctpSockets} is the real one (JNA). Messages here
 * are datagram payloads: the kernel carries the message type byte in the address, not the data.
 */
interface MctpSockets {

    /** socket(AF_MCTP, SOCK_DGRAM, 0); returns the descriptor. */
    int open() throws SyscallException;

    /** bind(fd, addr): receive requests (TO=1) of the address's message type. */
    void bind(int fd, SockaddrMctp local) throws SyscallException;

    /** sendto(fd, payload, to) without waiting for buffer space (MSG_DONTWAIT). */
    void sendTo(int fd, Bytes payload, SockaddrMctp to) throws SyscallException;

    /** Waits up to the timeout for a datagram (poll), then receives it (recvfrom); empty on timeout. */
    Optional<Datagram> receive(int fd, int timeoutMillis) throws SyscallException;

    /**
     * SIOCMCTPALLOCTAG2 (or SIOCMCTPALLOCTAG on the default network): reserves a tag to the peer for this
     * socket until dropped or closed. Returns the tag with MCTP_TAG_OWNER and MCTP_TAG_PREALLOC set, to
     * pass as smctp_tag on every send. Fails with EOPNOTSUPP where the kernel has no tag ioctls.
     */
    int allocateTag(int fd, int network, int peer) throws SyscallException;

    /** SIOCMCTPDROPTAG2 / SIOCMCTPDROPTAG: releases a tag from {@link #allocateTag}. */
    void dropTag(int fd, int network, int peer, int tag) throws SyscallException;

    /** close(fd); never fails. */
    void close(int fd);

    /**
     * A received datagram.
     *
     * @param from    the sender: network, EID, message type byte and tag (with TO as it arrived)
     * @param payload the message after its type byte
     */
    record Datagram(SockaddrMctp from, Bytes payload) {
        /** The message as the endpoint API carries it: type byte first. */
        Bytes message() {
            return Bytes.ofUnsigned(from.type()).concat(payload);
        }
    }
}
