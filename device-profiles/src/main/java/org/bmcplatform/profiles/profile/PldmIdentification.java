package org.bmcplatform.profiles.profile;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.profiles.pldm.EventMessageGlobalEnable;
import org.bmcplatform.profiles.pldm.EventMessageSupportedRequest;
import org.bmcplatform.profiles.pldm.EventMessageSupportedResponse;
import org.bmcplatform.profiles.pldm.FruRecord;
import org.bmcplatform.profiles.pldm.FruRecordSetPdr;
import org.bmcplatform.profiles.pldm.FruRecordTable;
import org.bmcplatform.profiles.pldm.FruRecordType;
import org.bmcplatform.profiles.pldm.GetPdrRepositoryInfoRequest;
import org.bmcplatform.profiles.pldm.GetPdrRepositoryInfoResponse;
import org.bmcplatform.profiles.pldm.GetPldmTypesRequest;
import org.bmcplatform.profiles.pldm.GetPldmTypesResponse;
import org.bmcplatform.profiles.pldm.GetTidRequest;
import org.bmcplatform.profiles.pldm.GetTidResponse;
import org.bmcplatform.profiles.pldm.RepositoryState;
import org.bmcplatform.profiles.pldm.SetEventReceiverRequest;
import org.bmcplatform.profiles.pldm.SetEventReceiverResponse;
import org.bmcplatform.profiles.pldm.SetTidRequest;
import org.bmcplatform.profiles.pldm.SetTidResponse;

/**
 * The PLDM identification steps (reference §3.4, as openbmc platform-mc initialises a terminus): the
 * terminus ID and PLDM types (DSP0240), the PDR repository (DSP0248) and the FRU record of the terminus's
 * own entity (DSP0257): the record set a FRU Record Set PDR ties to an entity no entity association
 * contains, else the first General record. Asset keys: pldmTid, pldmTypes (the type codes, e.g. {@code 0,2,4}),
 * pldmEntities (DSP0249 entity types with a sensor or FRU record, e.g. {@code 68,107,145}: what a profile's
 * identity matches to tell an HBA (I/O controller 145, hard drives 107) from a NIC (network controller 144)),
 * and the FRU keys of {@link FruAssets}.
 */
final class PldmIdentification {
    private final PldmExchange exchange;
    private final BiConsumer<String, String> put;
    private final List<String> warnings;
    /** The terminus did not answer GetTID: the other PLDM steps are not tried. */
    private boolean silent;

    PldmIdentification(PldmExchange exchange, BiConsumer<String, String> put, List<String> warnings) {
        this.exchange = exchange;
        this.put = put;
        this.warnings = warnings;
    }

    /**
     * GetTID and GetPLDMTypes. An endpoint that lists PLDM but does not answer GetTID at all is still there (it
     * answered MCTP control): that is a warning, and the later PLDM steps are skipped rather than each timing out.
     */
    CompletableFuture<Void> terminus() {
        return exchange.ask(GetTidRequest::new, GetTidResponse.class, "pldm-terminus: GetTID", warnings)
                .exceptionally(e -> {
                    if (MctpException.extract(e).map(x -> x.reason() != MctpException.Reason.TIMEOUT).orElse(true)) {
                        throw e instanceof CompletionException ce ? ce : new CompletionException(e);
                    }
                    silent = true;
                    warnings.add("pldm-terminus: no answer to GetTID; the endpoint lists PLDM but does not answer it");
                    return Optional.empty();
                })
                .thenCompose(tid -> silent ? CompletableFuture.completedFuture(null) : tid(tid))
                .thenCompose(v -> {
                    if (silent) {
                        return CompletableFuture.completedFuture(Optional.<GetPldmTypesResponse>empty());
                    }
                    return exchange.ask(GetPldmTypesRequest::new, GetPldmTypesResponse.class, "pldm-terminus: GetPLDMTypes",
                            warnings);
                })
                .thenAccept(types -> types.ifPresent(t -> put.accept("pldmTypes",
                        t.types().stream().map(type -> Integer.toString(type.code())).collect(Collectors.joining(",")))));
    }

    /**
     * A terminus without a TID (0x00, DSP0240 GetTID) gets one with SetTID, as openbmc platform-mc does: its EID,
     * which is unique on the network and a valid TID (1..254). A refused SetTID is a warning (platform-mc would
     * drop the terminus; we keep watching it). 0xFF is reserved: a warning too.
     */
    private CompletableFuture<Void> tid(Optional<GetTidResponse> answer) {
        if (answer.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        int tid = answer.get().tid();
        if (tid == GetTidResponse.RESERVED) {
            warnings.add("pldm-terminus: the terminus reports the reserved TID 0xFF");
        }
        if (tid != GetTidResponse.UNASSIGNED) {
            put.accept("pldmTid", Integer.toString(tid));
            return CompletableFuture.completedFuture(null);
        }
        int assigned = exchange.eid().value();
        return exchange.ask(iid -> new SetTidRequest(iid, assigned), SetTidResponse.class, "pldm-terminus: SetTID", warnings)
                .thenAccept(set -> set.ifPresent(s -> put.accept("pldmTid", Integer.toString(assigned))));
    }

    /**
     * GetPDRRepositoryInfo first (optional in DSP0248: a terminus that does not support it, or does not answer it,
     * is walked unbounded), then the walk, bounded by the record count and record size it reported. Asset
     * pldmEntities: the entity types (sorted codes) of the entities with a sensor or FRU record.
     */
    CompletableFuture<PdrRepository> pdrs(int requestCount) {
        if (silent) {
            return CompletableFuture.completedFuture(PdrRepository.EMPTY);
        }
        return tolerateTimeout(exchange.askOptional(GetPdrRepositoryInfoRequest::new, GetPdrRepositoryInfoResponse.class,
                        "pldm-pdrs: GetPDRRepositoryInfo", warnings),
                        "pldm-pdrs: no answer to GetPDRRepositoryInfo; the PDRs are walked without its bounds")
                .thenCompose(info -> {
                    info.filter(i -> !i.state().equals(RepositoryState.AVAILABLE)).ifPresent(i -> warnings.add(
                            "pldm-pdrs: the terminus reports its PDR repository " + i.state() + "; the records read may be incomplete"));
                    return new PdrWalk(exchange, requestCount, info, warnings).walk();
                })
                .thenApply(pdrs -> {
            String entities = pdrs.describedEntities().stream().map(e -> e.entityType()).distinct().sorted()
                    .map(String::valueOf).collect(Collectors.joining(","));
            if (!entities.isEmpty()) {
                put.accept("pldmEntities", entities);
            }
            return pdrs;
        });
    }

    /**
     * Makes the platform the terminus's event receiver (DSP0248 §16, as platform-mc does after the PDRs):
     * EventMessageSupported (optional; a terminus that answers it without asynchronous support is left alone), then
     * SetEventReceiver enableAsync over MCTP to {@code receiver}, the platform's EID. Asset pldmEvents: {@code async}
     * once the terminus accepted. A refusal is a warning, an unsupported command (0x05) is not: the terminus is
     * polled all the same.
     */
    CompletableFuture<Void> events(Optional<EndpointId> receiver) {
        if (silent) {
            return CompletableFuture.completedFuture(null);
        }
        if (receiver.isEmpty()) {
            warnings.add("pldm-events: the platform has no EID of its own to receive events at; the terminus is only polled");
            return CompletableFuture.completedFuture(null);
        }
        return tolerateTimeout(exchange.askOptional(EventMessageSupportedRequest::of, EventMessageSupportedResponse.class,
                "pldm-events: EventMessageSupported", warnings), "pldm-events: no answer to EventMessageSupported")
                .thenCompose(supported -> {
                    if (supported.isPresent() && !supported.get().supports(EventMessageGlobalEnable.ENABLE_ASYNC)) {
                        return CompletableFuture.completedFuture(Optional.<SetEventReceiverResponse>empty());
                    }
                    int eid = receiver.get().value();
                    return tolerateTimeout(exchange.askOptional(iid -> SetEventReceiverRequest.async(iid, eid),
                            SetEventReceiverResponse.class, "pldm-events: SetEventReceiver", warnings),
                            "pldm-events: no answer to SetEventReceiver; the terminus is only polled");
                })
                .thenAccept(set -> set.ifPresent(s -> put.accept("pldmEvents", "async")));
    }

    /** An optional command the terminus does not answer at all: a warning and an empty result, not a failed identification. */
    private <T> CompletableFuture<Optional<T>> tolerateTimeout(CompletableFuture<Optional<T>> ask, String warning) {
        return ask.exceptionally(e -> {
            if (MctpException.extract(e).map(x -> x.reason() != MctpException.Reason.TIMEOUT).orElse(true)) {
                throw e instanceof CompletionException ce ? ce : new CompletionException(e);
            }
            warnings.add(warning);
            return Optional.empty();
        });
    }

    /** The FRU Record Table (or an empty one); the record of the terminus's own entity gives its assets. */
    CompletableFuture<FruRecordTable> fru(PdrRepository pdrs) {
        if (silent) {
            return CompletableFuture.completedFuture(Identification.NO_FRU);
        }
        return new FruTableRead(exchange, warnings).read().thenApply(table -> {
            table.flatMap(t -> ownRecord(t, pdrs)).ifPresent(r -> FruAssets.of(r).forEach(put));
            return table.orElse(Identification.NO_FRU);
        });
    }

    private static Optional<FruRecord> ownRecord(FruRecordTable table, PdrRepository pdrs) {
        List<FruRecord> general = table.records().stream().filter(r -> r.type().equals(FruRecordType.GENERAL)).toList();
        Optional<Integer> ownSet = pdrs.fruRecordSets().stream().filter(s -> !pdrs.isContained(s.entity()))
                .min(Comparator.comparingInt(FruRecordSetPdr::fruRecordSetId)).map(FruRecordSetPdr::fruRecordSetId);
        return ownSet.flatMap(id -> general.stream().filter(r -> r.recordSetId() == id).findFirst())
                .or(() -> general.stream().findFirst());
    }
}
