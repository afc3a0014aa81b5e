package org.bmcplatform.profiles.ncsi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;

/** Loads the NC-SI vector files (src/test/resources/vectors/ncsi, provenance in its README.md). */
final class NcsiVectors {
    static final List<String> FILES = List.of("ncsi.json", "reference-9-5.json", "independent.json");

    private NcsiVectors() {
    }

    /** One case; {@code packet} and {@code canonical} are as written in the file (without the MCTP type byte). */
    record Case(String file, String id, Bytes packet, Bytes canonical, boolean valid, String expect, JsonNode fields) {
        /** The packet as the codec sees it: the type byte 0x02 prefixed. */
        Bytes message() {
            return withTypeByte(packet);
        }

        /** What the decoded value encodes to: the packet itself unless the file says otherwise. */
        Bytes encoded() {
            return withTypeByte(canonical != null ? canonical : packet);
        }

        @Override
        public String toString() {
            return file + ":" + id;
        }
    }

    static Bytes withTypeByte(Bytes packet) {
        return Bytes.of((byte) NcsiCodec.TYPE_BYTE).concat(packet);
    }

    static List<Case> all() {
        ObjectMapper mapper = new ObjectMapper();
        List<Case> out = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = NcsiVectors.class.getResourceAsStream("/vectors/ncsi/" + file)) {
                for (JsonNode c : mapper.readTree(in).get("cases")) {
                    out.add(new Case(file, c.get("id").asText(), Bytes.fromHex(c.get("packet").asText()),
                            c.has("canonical") ? Bytes.fromHex(c.get("canonical").asText()) : null,
                            !c.has("valid") || c.get("valid").asBoolean(), c.has("expect") ? c.get("expect").asText() : null,
                            c.get("fields")));
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
