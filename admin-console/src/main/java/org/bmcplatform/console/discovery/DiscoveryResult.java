package org.bmcplatform.console.discovery;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer to {@code POST /api/discovery}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DiscoveryResult(Integer endpoints, Integer newEndpoints, Integer components, Long durationMs) {
}
