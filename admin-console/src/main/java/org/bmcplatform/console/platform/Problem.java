package org.bmcplatform.console.platform;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The fields of an RFC 9457 problem detail that the console shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, Integer status, String detail, String instance) {
}
