package org.bmcplatform.mctp.capture;

import java.io.IOException;
import java.io.InputStream;

/** The capture file as a stream that knows its offset, reads whole fields and says where it ended short. */
final class ByteSource {
    private final InputStream in;
    private long offset;
    private byte[] pushedBack;

    ByteSource(InputStream in) {
        this.in = in;
    }

    long offset() {
        return offset;
    }

    /**
     * Exactly {@code n} bytes; null at a clean end of file when {@code endAllowed}.
     *
     * @throws PcapngFormatException when the file ends inside them
     */
    byte[] read(int n, String what, boolean endAllowed) throws IOException {
        byte[] b = new byte[n];
        int got = 0;
        if (pushedBack != null) {
            got = Math.min(n, pushedBack.length);
            System.arraycopy(pushedBack, 0, b, 0, got);
            pushedBack = got == pushedBack.length ? null : java.util.Arrays.copyOfRange(pushedBack, got, pushedBack.length);
        }
        while (got < n) {
            int r = in.read(b, got, n - got);
            if (r < 0) {
                break;
            }
            got += r;
        }
        if (got == 0 && n > 0 && endAllowed) {
            return null;
        }
        if (got < n) {
            throw new PcapngFormatException(offset + got, "the file ends inside " + what + " (" + (n - got)
                    + " bytes missing): cut short, or still being written");
        }
        offset += n;
        return b;
    }

    /** Returns bytes just read to the front of the stream. */
    void pushBack(byte[] b) {
        pushedBack = b;
        offset -= b.length;
    }

    void close() throws IOException {
        in.close();
    }
}
