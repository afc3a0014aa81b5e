package org.bmcplatform.mctp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads vector files from {@code src/test/resources/vectors}. */
public final class StackVectors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StackVectors() {
    }

    public static JsonNode load(String path) {
        try (InputStream in = StackVectors.class.getResourceAsStream("/vectors/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing vector file vectors/" + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
