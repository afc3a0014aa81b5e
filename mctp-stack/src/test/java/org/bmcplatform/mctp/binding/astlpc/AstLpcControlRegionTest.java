package org.bmcplatform.mctp.binding.astlpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Version negotiation, layout rules and MTU arithmetic (libmctp test_astlpc.c version and buffer cases). */
class AstLpcControlRegionTest {
    private static final long WINDOW = LpcWindow.DEFAULT_SIZE;
    private static final long CONTROL = AstLpcControlRegion.SIZE;
    /** A v3 buffer for a baseline packet: 68 + 4 + 4. */
    private static final long MIN = 76;
    private static final long U32_MAX = 0xFFFF_FFFFL;

    private static AstLpcLayout layout(long rxOffset, long rxSize, long txOffset, long txSize) {
        return new AstLpcLayout(new PacketBuffer(rxOffset, rxSize), new PacketBuffer(txOffset, txSize));
    }

    static Stream<Arguments> brokenLayouts() {
        return Stream.of(
                Arguments.of("rx offset overflow", layout(U32_MAX, MIN, CONTROL, MIN), "overflows"),
                Arguments.of("tx offset overflow", layout(CONTROL, MIN, U32_MAX, MIN), "overflows"),
                Arguments.of("rx size overflow", layout(CONTROL + MIN, U32_MAX, CONTROL, MIN), "overflows"),
                Arguments.of("tx size overflow", layout(CONTROL, MIN, CONTROL + MIN, U32_MAX), "overflows"),
                Arguments.of("rx window violation", layout(WINDOW - MIN + 1, MIN, CONTROL, MIN), "exceeds"),
                Arguments.of("tx window violation", layout(CONTROL, MIN, WINDOW - MIN + 1, MIN), "exceeds"),
                Arguments.of("rx below the baseline", layout(CONTROL, MIN - 1, CONTROL + MIN, MIN), "baseline"),
                Arguments.of("tx below the baseline", layout(CONTROL, MIN, CONTROL + MIN, MIN - 1), "baseline"),
                Arguments.of("overlap, rx low", layout(CONTROL, 2 * MIN, CONTROL + MIN, 2 * MIN), "overlap"),
                Arguments.of("overlap, tx low", layout(CONTROL + MIN, 2 * MIN, CONTROL, 2 * MIN), "overlap"),
                Arguments.of("overlap, exact", layout(CONTROL, 2 * MIN, CONTROL, 2 * MIN), "overlap"),
                Arguments.of("overlap with the control region", layout(0, MIN, CONTROL + MIN, MIN), "control region"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLayouts")
    void everyBrokenLayoutIsRefusedWithItsRule(String name, AstLpcLayout layout, String rule) {
        assertThat(layout.violation(3, WINDOW)).get().asString().contains(rule);
    }

    @Test
    void adjacentBaselineBuffersAfterTheControlRegionAreValid() {
        assertThat(layout(CONTROL, MIN, CONTROL + MIN, MIN).violation(3, WINDOW)).isEmpty();
        assertThat(layout(WINDOW - MIN, MIN, CONTROL, MIN).violation(3, WINDOW)).isEmpty();
    }

    @Test
    void baselineBufferSizeDependsOnTheVersion() {
        assertThat(layout(CONTROL, 72, CONTROL + 72, 72).violation(1, WINDOW)).isEmpty();
        assertThat(layout(CONTROL, 72, CONTROL + 72, 72).violation(2, WINDOW)).isEmpty();
        assertThat(layout(CONTROL, 72, CONTROL + 72, 72).violation(3, WINDOW)).get().asString().contains("76 bytes");
    }

    @Test
    void anyZeroOrInvertedVersionFailsNegotiation() {
        assertThat(AstLpcControlRegion.negotiateVersion(0, 3, 1, 3)).isZero();
        assertThat(AstLpcControlRegion.negotiateVersion(1, 0, 1, 3)).isZero();
        assertThat(AstLpcControlRegion.negotiateVersion(1, 3, 0, 3)).isZero();
        assertThat(AstLpcControlRegion.negotiateVersion(1, 3, 1, 0)).isZero();
        assertThat(AstLpcControlRegion.negotiateVersion(4, 3, 1, 4)).isZero();
        assertThat(AstLpcControlRegion.negotiateVersion(1, 4, 4, 3)).isZero();
    }

    @Test
    void rangesThatDoNotOverlapFailNegotiation() {
        assertThat(AstLpcControlRegion.negotiateVersion(3, 3, 4, 4)).isZero();
        assertThat(AstLpcControlRegion.negotiateVersion(4, 4, 3, 3)).isZero();
    }

    @Test
    void negotiationChoosesTheLowerCurrentVersion() {
        assertThat(AstLpcControlRegion.negotiateVersion(1, 2, 2, 3)).isEqualTo(2); // the BMC's
        assertThat(AstLpcControlRegion.negotiateVersion(2, 3, 1, 2)).isEqualTo(2); // the host's
        assertThat(AstLpcControlRegion.negotiateVersion(1, 3, 1, 3)).isEqualTo(3);
    }

    @Test
    void bmcBuffersAreHalfTheWindowTrimmedToSixteenByteMultiplesOrTheRequestedMtu() {
        // libmctp fileio: MTU 524144, buffers of 524156 bytes (v3)
        assertThat(AstLpcControlRegion.bmcBufferSize(3, AstLpcSettings.LARGEST_MTU, WINDOW)).isEqualTo(524_156);
        assertThat(AstLpcControlRegion.bmcBufferSize(3, 68, WINDOW)).isEqualTo(76);
        assertThat(AstLpcControlRegion.bmcBufferSize(1, 68, WINDOW)).isEqualTo(72);
        assertThat(AstLpcControlRegion.bmcLayout(3, 68, WINDOW)).isEqualTo(layout(0x100, 76, 0x14C, 76));
    }

    @Test
    void mtuIsTheSmallestOfOffsetDistanceBmcRequestAndHostProposal() {
        AstLpcLayout bmc = AstLpcControlRegion.bmcLayout(3, 196, WINDOW); // buffers of 204
        assertThat(AstLpcControlRegion.negotiateMtu(3, bmc, 196, bmc.withSizes(140, 204))).isEqualTo(132);
        assertThat(AstLpcControlRegion.negotiateMtu(3, bmc, 196, bmc.withSizes(204, 204))).isEqualTo(196);
        assertThat(AstLpcControlRegion.negotiateMtu(3, bmc.withSizes(140, 140), 0, bmc.withSizes(4000, 140))).isEqualTo(196);
    }

    @Test
    void headerRoundTripsThroughItsBigEndianBytes() {
        AstLpcControlRegion r = new AstLpcControlRegion(AstLpcControlRegion.MAGIC, 1, 3, 2, 3, 3,
                layout(0x100, 0x4C, 0x14C, 0x4C));
        Bytes bytes = r.encode();
        assertThat(bytes).isEqualTo(Bytes.fromHex(
                "4d 43 54 50 00 01 00 03 00 02 00 03 00 03 00 00 00 00 01 00 00 00 00 4c 00 00 01 4c 00 00 00 4c"));
        assertThat(AstLpcControlRegion.decode(bytes)).isEqualTo(r);
    }

    @Test
    void fieldsOutsideTheirWireWidthAreRefused() {
        assertThatThrownBy(() -> new AstLpcControlRegion(AstLpcControlRegion.MAGIC, 0x10000, 3, 0, 0, 0,
                layout(0x100, 76, 0x14C, 76))).hasMessageContaining("bmc_ver_min");
        assertThatThrownBy(() -> new PacketBuffer(-1, 76)).hasMessageContaining("u32");
    }
}
