package org.bmcplatform.profiles.pldm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.bmcplatform.mctp.Bytes;
import org.junit.jupiter.api.Test;

/** GetPDR multipart transfer (DSP0248 GetPDR), checked against the hand-written three-part vectors. */
class PdrTransferTest {
    private static final Bytes RECORD = PldmVectors.byId("fru-record-set-pdr").bytes();

    private static GetPdrResponse vector(String id) {
        return (GetPdrResponse) PldmCodec.decode(PldmVectors.byId(id).message());
    }

    @Test
    void terminusSideCutsTheRecordIntoTheVectorParts() {
        assertThat(PldmCodec.encode(PdrTransfer.part(2, RECORD, 8, 0, 8))).isEqualTo(PldmVectors.byId("get-pdr-rsp-part1").message());
        assertThat(PldmCodec.encode(PdrTransfer.part(3, RECORD, 8, 8, 8))).isEqualTo(PldmVectors.byId("get-pdr-rsp-part2").message());
        assertThat(PldmCodec.encode(PdrTransfer.part(4, RECORD, 8, 16, 8))).isEqualTo(PldmVectors.byId("get-pdr-rsp-part3").message());
    }

    @Test
    void requesterReassemblesTheVectorPartsAndChecksTheCrc() {
        PdrTransfer.Assembly a = new PdrTransfer.Assembly();
        assertThat(a.add(vector("get-pdr-rsp-part1"))).isEmpty();
        assertThat(a.add(vector("get-pdr-rsp-part2"))).isEmpty();
        Optional<Bytes> whole = a.add(vector("get-pdr-rsp-part3"));
        assertThat(whole).hasValue(RECORD);
        assertThat(PdrCodec.decode(whole.orElseThrow())).isEqualTo(ExpectedVectors.FRU_SET_PDR);
        assertThat(a.parts()).isEqualTo(3);
    }

    @Test
    void nextPartRequestsEchoTheHandleAndTheFirstPartsChangeNumber() {
        GetPdrResponse first = vector("get-pdr-rsp-part1");
        int changeNumber = PdrCodec.decode(RECORD).header().recordChangeNumber();
        GetPdrRequest next = new GetPdrRequest(3, 7, first.nextDataTransferHandle(), TransferOperation.GET_NEXT_PART, 8, changeNumber);
        assertThat(PldmCodec.encode(next)).isEqualTo(PldmVectors.byId("get-pdr-req-part2").message());
    }

    @Test
    void wrongTransferCrcIsRejectedWithTheRecordLength() {
        PdrTransfer.Assembly a = new PdrTransfer.Assembly();
        a.add(vector("get-pdr-rsp-part1"));
        a.add(vector("get-pdr-rsp-part2"));
        GetPdrResponse end = vector("get-pdr-rsp-part3");
        GetPdrResponse corrupt = new GetPdrResponse(end.instanceId(), end.nextRecordHandle(), 0, PdrTransferFlag.END,
                end.recordData(), OptionalInt.of(0x7F));
        assertThatThrownBy(() -> a.add(corrupt)).isInstanceOfSatisfying(PldmFormatException.class, e -> {
            assertThat(e.field()).isEqualTo("transferCRC");
            assertThat(e.offset()).isEqualTo(20);
        });
    }

    @Test
    void aSecondStartInsideARecordIsRejected() {
        PdrTransfer.Assembly a = new PdrTransfer.Assembly();
        a.add(vector("get-pdr-rsp-part1"));
        assertThatThrownBy(() -> a.add(vector("get-pdr-rsp-part1")))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> assertThat(e.field()).isEqualTo("transferFlag"));
    }

    // DSP0248 GetPDR: the answer to GetFirstPart is Start or StartAndEnd; a record's tail alone must not pass as the record
    @Test
    void firstPartFlaggedMiddleOrEndIsRejected() {
        assertThatThrownBy(() -> new PdrTransfer.Assembly().add(vector("get-pdr-rsp-part2")))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> assertThat(e.field()).isEqualTo("transferFlag"));
        assertThatThrownBy(() -> new PdrTransfer.Assembly().add(vector("get-pdr-rsp-part3")))
                .isInstanceOfSatisfying(PldmFormatException.class, e -> assertThat(e.getMessage()).contains("first part is flagged End"));
    }

    @Test
    void singlePartIsStartAndEndWithoutCrc() {
        GetPdrResponse only = PdrTransfer.part(1, RECORD, 0, 0, 1024);
        assertThat(only.transferFlag()).isEqualTo(PdrTransferFlag.START_AND_END);
        assertThat(only.transferCrc()).isEmpty();
        assertThat(only.nextDataTransferHandle()).isZero();
        assertThat(new PdrTransfer.Assembly().add(only)).hasValue(RECORD);
    }

    @Test
    void crcIsTheSmbusCrc8OfTheWholeRecord() {
        assertThat(PdrCodec.transferCrc(Bytes.wrap("123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))).isEqualTo(0xF4);
        assertThat(PdrCodec.transferCrc(RECORD)).isEqualTo(0x7E);
    }

    @Test
    void randomRecordsSurviveAnyPartSize() {
        long seed = Long.getLong("pldm.seed", System.nanoTime());
        System.out.println("PdrTransferTest seed = " + seed);
        Random rnd = new Random(seed);
        for (int round = 0; round < 500; round++) {
            byte[] b = new byte[1 + rnd.nextInt(300)];
            rnd.nextBytes(b);
            Bytes record = Bytes.wrap(b);
            int count = 1 + rnd.nextInt(80);
            PdrTransfer.Assembly a = new PdrTransfer.Assembly();
            long offset = 0;
            Optional<Bytes> whole = Optional.empty();
            while (whole.isEmpty()) {
                GetPdrResponse part = PdrTransfer.part(round % 32, record, 99, offset, count);
                whole = a.add((GetPdrResponse) PldmCodec.decode(PldmCodec.encode(part)));
                offset = part.nextDataTransferHandle();
            }
            assertThat(whole).as("seed %d round %d", seed, round).hasValue(record);
            assertThat(a.parts()).isEqualTo((record.length() + count - 1) / count);
        }
    }
}
