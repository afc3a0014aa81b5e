package org.bmcplatform.console.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

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
public record PlatformSettings(@DefaultValue("http://localhost:8080") String url,
                               @DefaultValue("3s") Duration connectTimeout,
                               @DefaultValue("60s") Duration readTimeout) {

    /**
     * The base URL, if it is an absolute http(s) URL. A bad value is reported when a command needs
     * the platform, so offline commands still run.
     */
    public Optional<URI> baseUri() {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The URL without a trailing slash, as shown in messages. */
    public String displayUrl() {
        String s = url == null ? "" : url.strip();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
