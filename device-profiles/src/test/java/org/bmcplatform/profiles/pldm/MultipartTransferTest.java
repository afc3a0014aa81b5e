package org.bmcplatform.profiles.pldm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/** DSP0240-style multipart transfer for GetFRURecordTable (DSP0257) and GetPLDMVersion, against the vectors. */
class MultipartTransferTest {
    private static final Bytes TABLE = PldmVectors.byId("fru-table-two-records").bytes();

    private static GetFruRecordTableResponse fru(String id) {
        return (GetFruRecordTableResponse) PldmCodec.decode(PldmVectors.byId(id).message());
    }

    @Test
    void responderCutsTheFruTableIntoTheVectorPortions() {
        MultipartTransfer.Part first = MultipartTransfer.cut(TABLE, 0, 32);
        assertThat(PldmCodec.encode(new GetFruRecordTableResponse(2, first.nextDataTransferHandle(), first.flag(), first.portion())))
                .isEqualTo(PldmVectors.byId("get-fru-table-rsp-part1").message());
        MultipartTransfer.Part second = MultipartTransfer.cut(TABLE, first.nextDataTransferHandle(), 32);
        assertThat(PldmCodec.encode(new GetFruRecordTableResponse(3, second.nextDataTransferHandle(), second.flag(), second.portion())))
                .isEqualTo(PldmVectors.byId("get-fru-table-rsp-part2").message());
    }

    @Test
    void requesterReassemblesTheFruTableAndItsCrcHolds() {
        MultipartTransfer.Assembly a = new MultipartTransfer.Assembly();
        GetFruRecordTableResponse p1 = fru("get-fru-table-rsp-part1");
        GetFruRecordTableResponse p2 = fru("get-fru-table-rsp-part2");
        assertThat(a.add(p1.transferFlag(), p1.portion())).isEmpty();
        Optional<Bytes> whole = a.add(p2.transferFlag(), p2.portion());
        assertThat(whole).hasValue(TABLE);
        assertThat(FruTableCodec.decode(whole.orElseThrow())).isEqualTo(ExpectedVectors.HBA_FRU);
    }

    @Test
    void versionDataInTwoPartsReassemblesToBothVersions() {
        MultipartTransfer.Assembly a = new MultipartTransfer.Assembly();
        GetPldmVersionResponse p1 = (GetPldmVersionResponse) PldmCodec.decode(PldmVectors.byId("get-pldm-version-rsp-part1").message());
        GetPldmVersionResponse p2 = (GetPldmVersionResponse) PldmCodec.decode(PldmVectors.byId("get-pldm-version-rsp-part2").message());
        a.add(p1.transferFlag(), p1.portion());
        Bytes data = a.add(p2.transferFlag(), p2.portion()).orElseThrow();
        assertThat(VersionData.decode(data)).containsExactly(Ver32.of(1, 0, 0), Ver32.of(1, 1, 0));
        assertThatThrownBy(p1::versions).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void transferMustStartWithStartAndNotStartTwice() {
        assertThatThrownBy(() -> new MultipartTransfer.Assembly().add(TransferFlag.MIDDLE, Bytes.EMPTY))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> assertThat(e.field()).isEqualTo("transferFlag"));
        MultipartTransfer.Assembly a = new MultipartTransfer.Assembly();
        a.add(TransferFlag.START, Bytes.ofUnsigned(1));
        assertThatThrownBy(() -> a.add(TransferFlag.START_AND_END, Bytes.ofUnsigned(2)))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> assertThat(e.offset()).isEqualTo(1));
        assertThatThrownBy(() -> a.add(new TransferFlag(0x03), Bytes.ofUnsigned(2))).isInstanceOf(PldmFormatException.class);
    }

    @Test
    void tableCrcMismatchNamesTheCrcOffset() {
        byte[] b = TABLE.toArray();
        b[10] ^= 1;
        assertThatThrownBy(() -> FruTableCodec.decode(Bytes.wrap(b))).isInstanceOfSatisfying(PldmFormatException.class, e -> {
            assertThat(e.field()).isEqualTo("FRU table CRC-32");
            assertThat(e.offset()).isEqualTo(56);
        });
    }

    @Test
    void padThatDoesNotFitTheRecordsIsRejected() {
        // the NIC table is 59 bytes, so exactly 1 pad byte; the CRC-32 is made to match so only the pad is wrong
        assertThatThrownBy(() -> FruTableCodec.decode(withCrc(ExpectedVectors.NIC_TABLE + " 00 00")))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("pad");
                    assertThat(e.offset()).isEqualTo(59);
                });
        assertThatThrownBy(() -> FruTableCodec.decode(withCrc(ExpectedVectors.NIC_TABLE + " 00 00 00 00")))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> assertThat(e.field()).isEqualTo("FRU record 1"));
        assertThatThrownBy(() -> FruTableCodec.decode(withCrc(ExpectedVectors.NIC_TABLE + " 01")))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> assertThat(e.field()).isEqualTo("pad"));
        assertThat(FruTableCodec.decode(withCrc(ExpectedVectors.NIC_TABLE + " 00"))).isEqualTo(ExpectedVectors.NIC_FRU);
    }

    private static Bytes withCrc(String hex) {
        Bytes data = Bytes.fromHex(hex);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data.toArray());
        long v = crc.getValue();
        return data.concat(Bytes.ofUnsigned((int) v, (int) (v >>> 8), (int) (v >>> 16), (int) (v >>> 24)));
    }
}
