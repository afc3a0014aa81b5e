package org.bmcplatform.sim.pldm;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.pldm.CompletionCode;
import org.bmcplatform.profiles.pldm.ErrorResponse;
import org.bmcplatform.profiles.pldm.GetPldmCommandsRequest;
import org.bmcplatform.profiles.pldm.GetPldmCommandsResponse;
import org.bmcplatform.profiles.pldm.GetPldmTypesResponse;
import org.bmcplatform.profiles.pldm.GetPldmVersionRequest;
import org.bmcplatform.profiles.pldm.GetPldmVersionResponse;
import org.bmcplatform.profiles.pldm.MultipartTransfer;
import org.bmcplatform.profiles.pldm.PldmCommand;
import org.bmcplatform.profiles.pldm.PldmRequest;
import org.bmcplatform.profiles.pldm.PldmResponse;
import org.bmcplatform.profiles.pldm.PldmType;
import org.bmcplatform.profiles.pldm.SupportedCommands;
import org.bmcplatform.profiles.pldm.TransferOperation;
import org.bmcplatform.profiles.pldm.Ver32;
import org.bmcplatform.profiles.pldm.VersionData;

/**
 * The base discovery answers of a terminus (DSP0240 GetPLDMTypes, GetPLDMVersion, GetPLDMCommands),
 * what openbmc's platform-mc asks a new terminus before anything else (device-protocols.md §3.4).
 * Versions as openbmc's own responder reports them: base 1.1.0, platform 1.2.0, FRU 1.0.0.
 */
final class TerminusDiscovery {
    static final Set<PldmType> TYPES = Set.of(PldmType.BASE, PldmType.PLATFORM, PldmType.FRU);
    static final Map<PldmType, Ver32> VERSIONS = Map.of(PldmType.BASE, Ver32.of(1, 1, 0),
            PldmType.PLATFORM, Ver32.of(1, 2, 0), PldmType.FRU, Ver32.of(1, 0, 0));

    private final TerminusSettings settings;

    TerminusDiscovery(TerminusSettings settings) {
        this.settings = settings;
    }

    PldmResponse answer(PldmRequest request) {
        if (request instanceof GetPldmVersionRequest get) {
            return version(get);
        }
        if (request instanceof GetPldmCommandsRequest get) {
            return commands(get);
        }
        return GetPldmTypesResponse.of(request.instanceId(), PldmType.BASE, PldmType.PLATFORM, PldmType.FRU);
    }

    /** The version data (one ver32 and its CRC-32) in parts of {@code versionPortion} bytes; the handle is the offset. */
    private PldmResponse version(GetPldmVersionRequest get) {
        Ver32 version = VERSIONS.get(get.pldmType());
        if (version == null) {
            return ErrorResponse.of(get, CompletionCode.BASE_INVALID_PLDM_TYPE_IN_REQUEST_DATA);
        }
        Bytes data = VersionData.encode(List.of(version));
        long offset;
        if (get.operation().equals(TransferOperation.GET_FIRST_PART)) {
            offset = 0;
        } else if (get.operation().equals(TransferOperation.GET_NEXT_PART)) {
            offset = get.dataTransferHandle();
            if (offset <= 0 || offset >= data.length()) {
                return ErrorResponse.of(get, CompletionCode.BASE_INVALID_DATA_TRANSFER_HANDLE);
            }
        } else {
            return ErrorResponse.of(get, CompletionCode.BASE_INVALID_TRANSFER_OPERATION_FLAG);
        }
        MultipartTransfer.Part part = MultipartTransfer.cut(data, offset, settings.versionPortion());
        return new GetPldmVersionResponse(get.instanceId(), part.nextDataTransferHandle(), part.flag(), part.portion());
    }

    private PldmResponse commands(GetPldmCommandsRequest get) {
        Ver32 version = VERSIONS.get(get.pldmType());
        if (version == null) {
            return ErrorResponse.of(get, CompletionCode.BASE_INVALID_PLDM_TYPE_IN_REQUEST_DATA);
        }
        if (!version.equals(get.version())) {
            return ErrorResponse.of(get, CompletionCode.BASE_INVALID_PLDM_VERSION_IN_REQUEST_DATA);
        }
        int[] codes = PldmTerminus.REQUEST_LENGTH.keySet().stream().filter(c -> c.type().equals(get.pldmType()))
                .mapToInt(PldmCommand::code).sorted().toArray();
        return new GetPldmCommandsResponse(get.instanceId(), SupportedCommands.of(codes));
    }
}
