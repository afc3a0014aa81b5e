package org.bmcplatform.app.capture;

/** Why a capture of this run stopped; files left by an earlier run have none. */
enum StopReason {
    /** DELETE /api/interfaces/{name}/capture. */
    REQUESTED,
    /** maxPackets were written. */
    PACKET_LIMIT,
    /** The next packet would have taken the file past maxBytes. */
    BYTE_LIMIT,
    /** maxSeconds passed. */
    TIME_LIMIT,
    /** Writing the file failed (disk full); the file ends at the last whole packet. */
    WRITE_FAILED,
    /** The platform shut down; the file was closed cleanly. */
    SHUTDOWN
}
