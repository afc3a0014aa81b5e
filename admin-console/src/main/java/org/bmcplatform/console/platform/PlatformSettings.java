package org.bmcplatform.console.platform;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform answers: {@code --bmc.url=} or the {@code BMC_URL} environment variable,
 * default {@code http://localhost:8080}.
 *
 * @param url            the server's base URL (the REST API is under {@code /api})
 * @param connectTimeout how long to wait for a TCP connection
 * @param readTimeout    how long to wait for an answer (a bus rescan answers after the scan)
 */
@ConfigurationProperties("bmc")
public record PlatformSettings(@DefaultValue("http://localhost:8080") URI url,
                               @DefaultValue("3s") Duration connectTimeout,
                               @DefaultValue("60s") Duration readTimeout) {

    public PlatformSettings {
        if (url == null || url.getScheme() == null || url.getHost() == null) {
            throw new IllegalArgumentException("bmc.url must be an absolute http(s) URL such as http://localhost:8080, got " + url);
        }
    }

    /** The URL without a trailing slash, as shown in messages. */
    public String displayUrl() {
        String s = url.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
