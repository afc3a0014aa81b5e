package org.bmcplatform.mctp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the independent vector files under src/test/resources/vectors (see their README for provenance). */
public final class VectorFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VectorFiles() {
    }

    /** The whole vector file, e.g. {@code dsp0236/fragment-v7.json}. */
    public static JsonNode load(String file) {
        String resource = "/vectors/" + file;
        try (InputStream in = VectorFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing vector file " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The "cases" array of a vector file, e.g. {@code dsp0237/smbus-dsp0237.json}. */
    public static List<JsonNode> cases(String file) {
        List<JsonNode> out = new ArrayList<>();
        load(file).get("cases").forEach(out::add);
        return out;
    }

    /** The cases with {@code "valid": false} (or without) as asked. */
    public static List<JsonNode> cases(String file, boolean valid) {
        return cases(file).stream().filter(c -> c.path("valid").asBoolean(true) == valid).toList();
    }

    public static Bytes hex(JsonNode node, String field) {
        return Bytes.fromHex(node.get(field).asText());
    }

    public static int number(JsonNode node, String field) {
        String t = node.get(field).asText();
        return t.startsWith("0x") || t.startsWith("0X") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
    }
}
