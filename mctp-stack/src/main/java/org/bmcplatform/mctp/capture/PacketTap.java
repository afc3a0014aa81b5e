package org.bmcplatform.mctp.capture;

/**
 * Sees every packet an interface receives from its binding (before any check, so packets dropped
 * later are seen too) and every packet it hands to its binding. Called on the binding's or the
 * scheduler's thread, possibly from several threads at once: keep it short and thread-safe. A tap
 * that throws is removed from the interface and counted ({@code InterfaceCounters.tapFailures()});
 * the packet goes on regardless.
 */
@FunctionalInterface
public interface PacketTap {

    void onPacket(CapturedPacket packet);
}
