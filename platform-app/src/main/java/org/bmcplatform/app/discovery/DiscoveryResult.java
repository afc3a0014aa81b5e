package org.bmcplatform.app.discovery;

/** The answer to a rescan: endpoints that answered, how many were new, components registered, time taken. */
public record DiscoveryResult(int endpoints, int newEndpoints, int components, long durationMs) {
}
