package org.bmcplatform.mctp.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteOrder;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The structures passed to the kernel, byte for byte as include/uapi/linux/mctp.h lays them out on a
 * little-endian host (x86, ARM BMCs). Expected bytes are written out by hand from the header.
 */
class SockaddrMctpTest {

    @BeforeEach
    void littleEndianHost() {
        assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "layouts below are written for little-endian hosts");
    }

    @Test
    void sockaddrMctpIsFamilyPadNetworkEidTypeTagPad() {
        // u16 family=45, u16 pad, u32 net=1, u8 addr=0x1d, u8 type=0x04, u8 tag=0x08 (owner), u8 pad
        byte[] raw = new SockaddrMctp(1, 0x1d, 0x04, 0x08).encode();

        assertThat(Bytes.wrap(raw)).isEqualTo(Bytes.fromHex("2d 00 00 00 01 00 00 00 1d 04 08 00"));
    }

    @Test
    void sockaddrMctpKeepsTheIcBitInTheTypeAndAWideNetwork() {
        byte[] raw = new SockaddrMctp(0x01020304, 9, 0x84, 0x1b).encode();

        assertThat(Bytes.wrap(raw)).isEqualTo(Bytes.fromHex("2d 00 00 00 04 03 02 01 09 84 1b 00"));
    }

    @Test
    void bindAddressIsAnyNetworkAnyEidAndTheSevenBitType() {
        assertThat(Bytes.wrap(SockaddrMctp.bindAny(0x84).encode())).isEqualTo(Bytes.fromHex("2d 00 00 00 00 00 00 00 ff 04 00 00"));
    }

    @Test
    void receivedAddressDecodesNetworkEidTypeAndTagWithOwnerBit() {
        SockaddrMctp a = SockaddrMctp.decode(Bytes.fromHex("2d 00 00 00 02 00 00 00 0a 01 0d 00").toArray(), 12);

        assertThat(a).isEqualTo(new SockaddrMctp(2, 10, 0x01, 0x0d));
        assertThat(a.tagOwner()).isTrue();
        assertThat(a.tagValue()).isEqualTo(5);
    }

    @Test
    void receivedAddressOfAnotherFamilyOrTooShortIsRefusedNamingTheField() {
        assertThatThrownBy(() -> SockaddrMctp.decode(Bytes.fromHex("02 00 00 00 01 00 00 00 0a 01 0d 00").toArray(), 12))
                .hasMessageContaining("offset 0");
        assertThatThrownBy(() -> SockaddrMctp.decode(new byte[12], 8)).hasMessageContaining("8 bytes");
    }

    @Test
    void tagControlIsPeerTagFlags() {
        // struct mctp_ioc_tag_ctl: u8 peer_addr, u8 tag, u16 flags
        assertThat(Bytes.wrap(LinuxMctpSockets.tagControl(0x1d, 0x1a))).isEqualTo(Bytes.fromHex("1d 1a 00 00"));
    }

    @Test
    void tagControl2IsNetworkPeerLocalAnyFlagsTagAndPadding() {
        // struct mctp_ioc_tag_ctl2: u32 net, u8 peer_addr, u8 local_addr (ANY), u16 flags, u8 tag, 3 pad
        assertThat(Bytes.wrap(LinuxMctpSockets.tagControl2(1, 9, 0x19)))
                .isEqualTo(Bytes.fromHex("01 00 00 00 09 ff 00 00 19 00 00 00"));
    }
}
