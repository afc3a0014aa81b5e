package org.bmcplatform.app.capture;

/** Whether a capture is still writing: RUNNING, STOPPED (see its stop reason), or FAILED (a write failed; the file ends at the last whole packet). */
enum CaptureState {
    RUNNING,
    STOPPED,
    FAILED
}
