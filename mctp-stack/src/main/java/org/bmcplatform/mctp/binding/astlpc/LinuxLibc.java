package org.bmcplatform.mctp.binding.astlpc;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/** The libc calls the Linux astlpc backend makes (JNA), loaded on first use. */
interface LinuxLibc extends Library {
    int O_RDWR = 0x2;
    int O_SYNC = 0x101000;
    short POLLIN = 0x1;
    short POLLOUT = 0x4;
    int PROT_READ = 0x1;
    int PROT_WRITE = 0x2;
    int MAP_SHARED = 0x1;
    int EINTR = 4;

    /** Loaded lazily so that merely using the package never touches native code. */
    final class Holder {
        static final LinuxLibc C = Native.load("c", LinuxLibc.class);

        private Holder() {
        }
    }

    static LinuxLibc get() {
        return Holder.C;
    }

    int open(String path, int flags);

    int close(int fd);

    NativeLong pread64(int fd, byte[] buf, NativeLong count, long offset);

    NativeLong pwrite64(int fd, byte[] buf, NativeLong count, long offset);

    int poll(Pointer fds, NativeLong nfds, int timeoutMillis);

    int ioctl(int fd, NativeLong request, byte[] argument);

    Pointer mmap(Pointer address, NativeLong length, int prot, int flags, int fd, NativeLong offset);

    int munmap(Pointer address, NativeLong length);

    String strerror(int errno);
}
