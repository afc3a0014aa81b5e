package org.bmcplatform.mctp.kernel;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Map;

/**
 * Linux error numbers as the Linux backends report them: the symbolic name and the C library's
 * {@code strerror} text, e.g. {@code ENOTTY (Inappropriate ioctl for device)}. The numbers are those
 * of the generic Linux ABI (asm-generic/errno-base.h and errno.h: x86, ARM, RISC-V, POWER).
 */
public final class Errno {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int ENXIO = 6;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EBUSY = 16;
    public static final int ENODEV = 19;
    public static final int EINVAL = 22;
    public static final int EMFILE = 24;
    public static final int ENOTTY = 25;
    public static final int EPROTO = 71;
    public static final int EOVERFLOW = 75;
    public static final int EMSGSIZE = 90;
    public static final int ENOPROTOOPT = 92;
    public static final int EPROTONOSUPPORT = 93;
    public static final int EOPNOTSUPP = 95;
    public static final int EAFNOSUPPORT = 97;
    public static final int EADDRINUSE = 98;
    public static final int EADDRNOTAVAIL = 99;
    public static final int ENETDOWN = 100;
    public static final int ENETUNREACH = 101;
    public static final int ENOBUFS = 105;
    public static final int ETIMEDOUT = 110;
    public static final int EHOSTUNREACH = 113;
    public static final int EREMOTEIO = 121;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(EPERM, "EPERM"), Map.entry(ENOENT, "ENOENT"), Map.entry(EINTR, "EINTR"), Map.entry(EIO, "EIO"),
            Map.entry(ENXIO, "ENXIO"), Map.entry(EBADF, "EBADF"), Map.entry(EAGAIN, "EAGAIN"), Map.entry(ENOMEM, "ENOMEM"),
            Map.entry(EACCES, "EACCES"), Map.entry(EBUSY, "EBUSY"), Map.entry(ENODEV, "ENODEV"), Map.entry(EINVAL, "EINVAL"),
            Map.entry(EMFILE, "EMFILE"), Map.entry(ENOTTY, "ENOTTY"), Map.entry(EPROTO, "EPROTO"),
            Map.entry(EOVERFLOW, "EOVERFLOW"), Map.entry(EMSGSIZE, "EMSGSIZE"), Map.entry(ENOPROTOOPT, "ENOPROTOOPT"),
            Map.entry(EPROTONOSUPPORT, "EPROTONOSUPPORT"), Map.entry(EOPNOTSUPP, "EOPNOTSUPP"),
            Map.entry(EAFNOSUPPORT, "EAFNOSUPPORT"), Map.entry(EADDRINUSE, "EADDRINUSE"),
            Map.entry(EADDRNOTAVAIL, "EADDRNOTAVAIL"), Map.entry(ENETDOWN, "ENETDOWN"),
            Map.entry(ENETUNREACH, "ENETUNREACH"), Map.entry(ENOBUFS, "ENOBUFS"), Map.entry(ETIMEDOUT, "ETIMEDOUT"),
            Map.entry(EHOSTUNREACH, "EHOSTUNREACH"), Map.entry(EREMOTEIO, "EREMOTEIO"));

    private Errno() {
    }

    /** {@code ENOTTY}, or {@code errno 200} for a number without a name here. */
    public static String name(int errno) {
        String n = NAMES.get(errno);
        return n != null ? n : "errno " + errno;
    }

    /** The C library's text for the number ({@code strerror}), e.g. "Inappropriate ioctl for device". */
    public static String text(int errno) {
        String t = StrError.text(errno);
        return t != null ? t : name(errno);
    }

    /** {@code ENOTTY (Inappropriate ioctl for device)}. */
    public static String describe(int errno) {
        String t = StrError.text(errno);
        return t != null ? name(errno) + " (" + t + ")" : name(errno);
    }

    /** libc's strerror, loaded on first use; null where no C library can be loaded. */
    private static final class StrError {
        private static final Libc LIBC = load();

        static String text(int errno) {
            return LIBC == null ? null : LIBC.strerror(errno);
        }

        private static Libc load() {
            try {
                return Native.load("c", Libc.class);
            } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                return null;
            }
        }
    }

    /** The one libc function this class needs. */
    interface Libc extends Library {
        String strerror(int errnum);
    }
}
