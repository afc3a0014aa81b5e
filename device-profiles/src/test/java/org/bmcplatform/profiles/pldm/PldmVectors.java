package org.bmcplatform.profiles.pldm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;

/** Loads the PLDM vector files (src/test/resources/vectors/pldm, provenance in its README.md). */
final class PldmVectors {
    static final List<String> FILES = List.of("pldm.json", "reference-9-5.json", "independent.json");

    private PldmVectors() {
    }

    /** One case; {@code bytes} is as written in the file (messages without the MCTP type byte). */
    record Case(String file, String id, String kind, Bytes bytes, boolean valid, String expect, JsonNode fields) {
        /** A message case as the codec sees it: the type byte 0x01 prefixed. */
        Bytes message() {
            return Bytes.of((byte) PldmCodec.TYPE_BYTE).concat(bytes);
        }

        @Override
        public String toString() {
            return file + ":" + id;
        }
    }

    static List<Case> all() {
        ObjectMapper mapper = new ObjectMapper();
        List<Case> out = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = PldmVectors.class.getResourceAsStream("/vectors/pldm/" + file)) {
                for (JsonNode c : mapper.readTree(in).get("cases")) {
                    out.add(new Case(file, c.get("id").asText(), c.has("kind") ? c.get("kind").asText() : "message",
                            Bytes.fromHex(c.get("message").asText()), !c.has("valid") || c.get("valid").asBoolean(),
                            c.has("expect") ? c.get("expect").asText() : null, c.get("fields")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static Case byId(String id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no vector " + id));
    }
}
