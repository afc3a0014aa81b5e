package org.bmcplatform.mctp.binding.pcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/** The PCCT parser against a table laid out by hand from the ACPI 6.4 tables (see the resource's comments). */
class PcctTest {

    /** The hand-laid table: hex with '#' comments. */
    static Bytes handLaidTable() {
        try (InputStream in = PcctTest.class.getResourceAsStream("/pcct/pcct-generic-initiator-responder.hex")) {
            StringBuilder hex = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                int hash = line.indexOf('#');
                hex.append(hash >= 0 ? line.substring(0, hash) : line).append(' ');
            }
            return Bytes.fromHex(hex.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void headerFieldsAndSubspacesInTableOrder() {
        Pcct pcct = Pcct.parse(handLaidTable());

        assertThat(pcct.revision()).isEqualTo(2);
        assertThat(pcct.oemId()).isEqualTo("BMCPLT");
        assertThat(pcct.oemTableId()).isEqualTo("SIMPCC");
        assertThat(pcct.flags()).isEqualTo(1);
        assertThat(pcct.subspaces()).hasSize(3);
        assertThat(pcct.subspaces().get(0)).isEqualTo(new Pcct.Other(0, 0, 62));
    }

    @Test
    void initiatorSubspaceIsDecodedFieldByField() {
        Pcct.Extended e = Pcct.parse(handLaidTable()).extended(1, PccSubspace.Type.INITIATOR);

        assertThat(e.type()).isEqualTo(3);
        assertThat(e.platformInterrupt()).isEqualTo(33);
        assertThat(e.interruptFlags()).isEqualTo(2);
        assertThat(e.baseAddress()).isEqualTo(0xFEDC1000L);
        assertThat(e.length()).isEqualTo(4096);
        assertThat(e.doorbell()).isEqualTo(new Pcct.WriteRegister(
                new Pcct.GenericAddress(0, 32, 0, 3, 0xFEDC0000L), 0xFFFF_FFFF_0000_0000L, 1));
        assertThat(e.nominalLatencyMicros()).isEqualTo(1000);
        assertThat(e.maxAccessRate()).isEqualTo(60);
        assertThat(e.minTurnaroundMicros()).isEqualTo(100);
        assertThat(e.platformInterruptAck()).isEqualTo(new Pcct.WriteRegister(
                new Pcct.GenericAddress(0, 32, 0, 3, 0xFEDC0004L), 0, 1));
        assertThat(e.commandCompleteCheck()).isEqualTo(new Pcct.ReadRegister(new Pcct.GenericAddress(0, 32, 0, 3, 0xFEDC0008L), 1));
        assertThat(e.commandCompleteUpdate()).isEqualTo(new Pcct.WriteRegister(
                new Pcct.GenericAddress(0, 32, 0, 3, 0xFEDC0008L), 0, 0));
        assertThat(e.errorStatus()).isEqualTo(new Pcct.ReadRegister(new Pcct.GenericAddress(0, 32, 0, 3, 0xFEDC000CL), 4));
    }

    @Test
    void responderSubspaceIsDecodedFieldByField() {
        Pcct.Extended e = Pcct.parse(handLaidTable()).extended(2, PccSubspace.Type.RESPONDER);

        assertThat(e.type()).isEqualTo(4);
        assertThat(e.platformInterrupt()).isEqualTo(34);
        assertThat(e.baseAddress()).isEqualTo(0xFEDC2000L);
        assertThat(e.length()).isEqualTo(2048);
        assertThat(e.nominalLatencyMicros()).isEqualTo(2000);
        assertThat(e.commandCompleteUpdate()).isEqualTo(new Pcct.WriteRegister(
                new Pcct.GenericAddress(0, 32, 0, 3, 0xFEDC0018L), 0xFFFF_FFFF_FFFF_FFFEL, 1));
        assertThat(e.errorStatus().address().address()).isEqualTo(0xFEDC001CL);
    }

    @Test
    void askingForTheWrongTypeOrAMissingSubspaceNamesWhatIsThere() {
        Pcct pcct = Pcct.parse(handLaidTable());

        assertThatThrownBy(() -> pcct.extended(2, PccSubspace.Type.INITIATOR)).hasMessageContaining("type 4; MCTP needs type 3");
        assertThatThrownBy(() -> pcct.extended(0, PccSubspace.Type.INITIATOR)).hasMessageContaining("type 0");
        assertThatThrownBy(() -> pcct.extended(7, PccSubspace.Type.RESPONDER)).hasMessageContaining("ids 0..2");
    }

    @Test
    void badChecksumIsRefusedNamingTheField() {
        byte[] t = handLaidTable().toArray();
        t[100] ^= 0x01;

        assertThatThrownBy(() -> Pcct.parse(Bytes.wrap(t))).hasMessageContaining("'checksum' at offset 9");
    }

    @Test
    void truncatedTableIsRefusedNamingTheLength() {
        Bytes t = handLaidTable().slice(0, 300);

        assertThatThrownBy(() -> Pcct.parse(t)).hasMessageContaining("'length' at offset 4 is 438");
    }

    @Test
    void extendedSubspaceOfTheWrongLengthIsRefusedNamingItsLength() {
        byte[] t = handLaidTable().toArray();
        t[48 + 62 + 1] = (byte) 0xF0; // subspace 1 claims 240 bytes
        t[9] = (byte) (t[9] - (0xF0 - 0xA4)); // keep the checksum right

        assertThatThrownBy(() -> Pcct.parse(Bytes.wrap(t))).hasMessageContaining("'subspace 1 length' at offset 111 is 240");
    }

    @Test
    void subspaceRunningPastTheTableIsRefusedNamingItsLength() {
        byte[] t = handLaidTable().slice(0, 300).toArray();
        t[4] = (byte) 0x2c; // table length 300 (0x12c): subspace 2 (at 274) no longer fits
        t[5] = 0x01;
        int sum = 0;
        for (byte b : t) {
            sum += b & 0xFF;
        }
        t[9] = (byte) (t[9] - sum);

        assertThatThrownBy(() -> Pcct.parse(Bytes.wrap(t))).hasMessageContaining("'subspace 2 length' at offset 275 is 164");
    }

    @Test
    void otherSignatureIsRefused() {
        byte[] t = handLaidTable().toArray();
        t[3] = 'X';

        assertThatThrownBy(() -> Pcct.parse(Bytes.wrap(t))).hasMessageContaining("'PCCX'");
    }

    @Test
    void missingTableGivesOneClearMessage() {
        assertThatThrownBy(() -> Pcct.read(Path.of("/nonexistent/acpi/PCCT")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no ACPI PCCT at /nonexistent/acpi/PCCT")
                .hasMessageContaining("Platform Communications Channel table");
    }
}
