package org.bmcplatform.console.inventory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One element of {@code GET /api/components/{id}/ports/{port}/history}: the link and speed from {@code at} on. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PortChangeView(String at, String link, Long speedMbps) {
}
