package org.bmcplatform.mctp.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

class ControlCodecTest {

    @Test
    void versionSupportResponseListsFourBytesPerEntry() {
        // reference §10.2 V5r (libmctp's answer, 1.3.3 as its last entry)
        Bytes wire = Bytes.fromHex("00 02 04 00 04 f1 f0 ff 00 f1 f1 ff 00 f1 f2 ff 00 f1 f3 f3 00");
        GetMctpVersionSupportResponse r = (GetMctpVersionSupportResponse) ControlCodec.decode(wire);
        assertThat(r.versions()).extracting(MctpVersion::label).containsExactly("1.0", "1.1", "1.2", "1.3.3");
        assertThat(ControlCodec.encode(r)).isEqualTo(wire);
    }

    @Test
    void uuidIsCarriedMostSignificantByteFirst() {
        Bytes wire = Bytes.fromHex("00 05 03 00 12 34 56 78 9a bc de f0 01 23 45 67 89 ab cd ef");
        GetEndpointUuidResponse r = (GetEndpointUuidResponse) ControlCodec.decode(wire);
        assertThat(r.uuid()).isEqualTo(UUID.fromString("12345678-9abc-def0-0123-456789abcdef"));
        assertThat(ControlCodec.encode(r)).isEqualTo(wire);
    }

    @Test
    void vendorDefinedSupportCarriesPciAndIanaVendorIdsBigEndian() {
        Bytes pci = Bytes.fromHex("00 06 06 00 01 00 14 4d 00 02");
        assertThat(ControlCodec.decode(pci)).isEqualTo(new GetVendorDefinedMessageSupportResponse(6, CompletionCode.SUCCESS, 1,
                Optional.of(VendorDefinedSupport.pci(0x144D, 2))));
        Bytes iana = Bytes.fromHex("00 06 06 00 ff 01 00 00 ab cd 12 34");
        ControlMessage m = ControlCodec.decode(iana);
        assertThat(m).isEqualTo(new GetVendorDefinedMessageSupportResponse(6, CompletionCode.SUCCESS, 0xFF,
                Optional.of(VendorDefinedSupport.iana(0xABCD, 0x1234))));
        assertThat(ControlCodec.encode(m)).isEqualTo(iana);
    }

    @Test
    void errorResponseEndsAfterTheCompletionCodeAndTrailingDataIsIgnored() {
        assertThat(ControlCodec.encode(GetMctpVersionSupportResponse.failure(7, CompletionCode.MESSAGE_TYPE_NOT_SUPPORTED)))
                .isEqualTo(Bytes.fromHex("00 07 04 80"));
        assertThat(ControlCodec.decode(Bytes.fromHex("00 07 02 02 09 00 00")))
                .isEqualTo(GetEndpointIdResponse.failure(7, CompletionCode.ERROR_INVALID_DATA));
    }

    @Test
    void unknownCompletionCodeRoundTrips() {
        Bytes wire = Bytes.fromHex("00 07 01 42");
        ControlResponse r = (ControlResponse) ControlCodec.decode(wire);
        assertThat(r.completionCode().label()).isEqualTo("unknown(0x42)");
        assertThat(ControlCodec.encode(r)).isEqualTo(wire);
    }

    @Test
    void truncatedSuccessResponseNamesOffsetAndField() {
        assertThatThrownBy(() -> ControlCodec.decode(Bytes.fromHex("00 01 02 00 09 01")))
                .isInstanceOfSatisfying(ControlDecodeException.class, e -> {
                    assertThat(e.offset()).isEqualTo(6);
                    assertThat(e.field()).isEqualTo("medium-specific information");
                });
    }

    @Test
    void trailingBytesAfterARequestAreRejected() {
        assertThatThrownBy(() -> ControlCodec.decode(Bytes.fromHex("00 80 02 00")))
                .isInstanceOfSatisfying(ControlDecodeException.class, e -> assertThat(e.offset()).isEqualTo(3));
    }

    @Test
    void nonControlTypeByteIsRejectedAtOffsetZero() {
        assertThatThrownBy(() -> ControlCodec.decode(Bytes.fromHex("80 80 02")))
                .isInstanceOfSatisfying(ControlDecodeException.class, e -> {
                    assertThat(e.offset()).isZero();
                    assertThat(e.field()).isEqualTo("message type");
                });
    }

    @Test
    void messageTypeAbove127InTypeSupportIsRejected() {
        assertThatThrownBy(() -> ControlCodec.decode(Bytes.fromHex("00 03 05 00 02 00 84")))
                .isInstanceOfSatisfying(ControlDecodeException.class, e -> assertThat(e.offset()).isEqualTo(6));
    }

    @Test
    void setEidStatusKeepsAssignmentInBits5To4AndPoolInBits1To0() {
        // reference §12.2: DSP0236 and mctpd, not libmctp's header comments
        SetEndpointIdResponse r = (SetEndpointIdResponse) ControlCodec.decode(Bytes.fromHex("00 01 01 00 12 0a 05"));
        assertThat(r.assignmentStatus()).isEqualTo(SetEndpointIdResponse.ASSIGNMENT_REJECTED);
        assertThat(r.poolStatus()).isEqualTo(SetEndpointIdResponse.POOL_RECEIVED);
        assertThat(r.accepted()).isFalse();
    }

    @Test
    void instanceIdAbove31IsRefused() {
        assertThatThrownBy(() -> new GetEndpointIdRequest(32)).hasMessageContaining("0..31");
        assertThat(ControlCodec.encode(new GetMessageTypeSupportResponse(31, CompletionCode.SUCCESS, List.of())))
                .isEqualTo(Bytes.fromHex("00 1f 05 00 00"));
    }
}
