package org.bmcplatform.console.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bmcplatform.console.shell.CommandFailure;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DecodeCommandsTest {

    private final StringWriter out = new StringWriter();

    static Stream<Arguments> vectors() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        addCases(cases, "/vectors/dsp0237/smbus-dsp0237.json", "smbus");
        addCases(cases, "/vectors/dsp0253/serial-dsp0253.json", "serial");
        return cases.stream();
    }

    private static void addCases(List<Arguments> cases, String resource, String binding) throws IOException {
        try (InputStream in = DecodeCommandsTest.class.getResourceAsStream(resource)) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            for (JsonNode c : root.path("cases")) {
                cases.add(Arguments.of(binding + ":" + c.path("id").asString(), binding, c));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void validVectorPrintsEveryFieldAndInvalidOneFailsWithTheReason(String name, String binding, JsonNode vector) {
        Bytes frame = Bytes.fromHex(vector.path("frame").asString());
        Function<Bytes, DecodedFrame> decoder = binding.equals("smbus") ? FrameDecoder::smbus : FrameDecoder::serial;
        String label = binding.equals("smbus") ? "DSP0237 SMBus" : "DSP0253 serial";
        DecodedFrame decoded = decoder.apply(frame);
        boolean expectValid = vector.path("valid").asBoolean(true);

        if (expectValid) {
            DecodeCommands.decode(new PrintWriter(out), frame, decoder, label);
            assertThat(out.toString()).startsWith(label + " frame, " + frame.length() + " bytes: " + frame.toHex())
                    .endsWith("\nvalid\n");
        } else {
            assertThatThrownBy(() -> DecodeCommands.decode(new PrintWriter(out), frame, decoder, label))
                    .isInstanceOfSatisfying(CommandFailure.class, f -> assertThat(f.exitCode()).isEqualTo(CommandFailure.FAILED))
                    .hasMessage("invalid " + label + " frame: " + decoded.error().orElseThrow());
            assertThat(out.toString()).endsWith("INVALID: " + decoded.error().orElseThrow() + "\n");
        }
        assertThat(decoded.valid()).isEqualTo(expectValid);
        assertThat(decoded.fields()).isNotEmpty();
        if (vector.has("from")) { // DSP0237: 7-bit addresses as the vector names them
            assertThat(out.toString()).containsPattern("(?m)^smbus\\.source +" + vector.path("from").asString().toLowerCase() + "\\b")
                    .containsPattern("(?m)^smbus\\.destination +" + vector.path("to").asString().toLowerCase() + "\\b");
        }
        if (!expectValid) { // the vectors' invalid cases are integrity-check failures
            assertThat(decoded.error().orElseThrow()).contains(binding.equals("smbus") ? "PEC" : "FCS");
        }
        for (DecodedFrame.Field field : decoded.fields()) {
            assertThat(out.toString()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(field.name()) + " +"
                    + java.util.regex.Pattern.quote(field.value().isBlank() ? "-" : field.value()) + "$");
        }
    }

    @Test
    void smbusFrameCutShortFailsItsLengthCheck() {
        Bytes truncated = Bytes.fromHex("3a 0f 08 21 01 09 08 c8 00 80");

        assertThatThrownBy(() -> DecodeCommands.decode(new PrintWriter(out), truncated, FrameDecoder::smbus, "DSP0237 SMBus"))
                .isInstanceOf(CommandFailure.class).hasMessageStartingWith("invalid DSP0237 SMBus frame: ");
    }

    @Test
    void serialFrameCutShortFailsItsLengthCheck() {
        Bytes truncated = Bytes.fromHex("7e 01 07 01 09 08 c8 00 7e");

        assertThatThrownBy(() -> DecodeCommands.decode(new PrintWriter(out), truncated, FrameDecoder::serial, "DSP0253 serial"))
                .isInstanceOf(CommandFailure.class).hasMessageStartingWith("invalid DSP0253 serial frame: ");
    }

    @Test
    void renderShowsTheFrameAFieldTableAndTheVerdict() {
        DecodedFrame decoded = new DecodedFrame(false,
                List.of(new DecodedFrame.Field("destination address", "0x1d"), new DecodedFrame.Field("PEC", "0x31")),
                Optional.of("PEC 0x31, expected 0x30"));

        assertThat(DecodeCommands.render(Bytes.fromHex("3a 31"), decoded, "DSP0237 SMBus")).isEqualTo("""
                DSP0237 SMBus frame, 2 bytes: 3a 31
                FIELD                VALUE
                -------------------  -----
                destination address  0x1d
                PEC                  0x31
                INVALID: PEC 0x31, expected 0x30
                """);
    }
}
