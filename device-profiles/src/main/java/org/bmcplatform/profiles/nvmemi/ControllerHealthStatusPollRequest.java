package org.bmcplatform.profiles.nvmemi;

/**
 * Controller Health Status Poll request (NVMe-MI 1.2 §5.3, Figures "Controller Health Status Poll -
 * NVMe Management Dword 0/1"; device-protocols.md §2.5): opcode 0x02.
 *
 * <p>NMD0: 15:0 SCTLID (starting controller ID), 23:16 MAXRENT (maximum response entries), 24 INCF
 * (include PCI functions), 25 INCPF (include SR-IOV physical functions), 26 INCVF (include SR-IOV
 * virtual functions), 30:27 reserved, 31 ALL (report all, else only controllers with a selected
 * changed flag set). NMD1: 0 CSTS, 1 CTEMP, 2 PDLU, 3 SPARE, 4 CWARN (report changes of these
 * fields), 30:5 reserved, 31 CCF (clear the changed flags of the reported controllers). The reference
 * marks these bit positions unverified; a request with reserved bits set decodes to
 * {@link MiCommandRequest} so its bytes still round-trip.
 *
 * @param includeFlags   NMD0 bits 26:24 shifted down: {@link #INCLUDE_PCI_FUNCTIONS}, {@link #INCLUDE_SRIOV_PF}, {@link #INCLUDE_SRIOV_VF}
 * @param changedFilters NMD1 bits 4:0: {@link #FILTER_CSTS} ... {@link #FILTER_CWARN}
 */
public record ControllerHealthStatusPollRequest(int csi, int startControllerId, int maxEntries, int includeFlags,
                                                boolean reportAll, int changedFilters, boolean clearChangedFlags)
        implements MiRequest {
    public static final int INCLUDE_PCI_FUNCTIONS = 1;
    public static final int INCLUDE_SRIOV_PF = 1 << 1;
    public static final int INCLUDE_SRIOV_VF = 1 << 2;
    public static final int FILTER_CSTS = 1;
    public static final int FILTER_CTEMP = 1 << 1;
    public static final int FILTER_PDLU = 1 << 2;
    public static final int FILTER_SPARE = 1 << 3;
    public static final int FILTER_CWARN = 1 << 4;
    public static final int ALL_FILTERS = 0x1F;

    public ControllerHealthStatusPollRequest {
        WireRange.csi(csi);
        WireRange.check(startControllerId, 16, "SCTLID");
        WireRange.check(maxEntries, 8, "MAXRENT");
        WireRange.check(includeFlags, 3, "include flags (NMD0 26:24)");
        WireRange.check(changedFilters, 5, "changed filters (NMD1 4:0)");
    }

    /** Every PCI function's controller from ID 0, up to 255 entries, whatever changed; flags kept. */
    public static ControllerHealthStatusPollRequest all(int csi) {
        return new ControllerHealthStatusPollRequest(csi, 0, 0xFF, INCLUDE_PCI_FUNCTIONS, true, 0, false);
    }

    /** The same request with CCF set: clear the changed flags of what it reports. */
    public ControllerHealthStatusPollRequest clearing() {
        return new ControllerHealthStatusPollRequest(csi, startControllerId, maxEntries, includeFlags, reportAll, changedFilters, true);
    }

    long nmd0() {
        return (reportAll ? 1L << 31 : 0) | (long) includeFlags << 24 | maxEntries << 16 | startControllerId;
    }

    long nmd1() {
        return (clearChangedFlags ? 1L << 31 : 0) | changedFilters;
    }

    /** The record NMD0/NMD1 describe, or null when reserved bits are set. */
    static ControllerHealthStatusPollRequest fromDwords(int csi, long nmd0, long nmd1) {
        if ((nmd0 & 0x7800_0000L) != 0 || (nmd1 & 0x7FFF_FFE0L) != 0) {
            return null;
        }
        return new ControllerHealthStatusPollRequest(csi, (int) (nmd0 & 0xFFFF), (int) (nmd0 >>> 16 & 0xFF),
                (int) (nmd0 >>> 24 & 0x7), (nmd0 & 1L << 31) != 0, (int) (nmd1 & ALL_FILTERS), (nmd1 & 1L << 31) != 0);
    }

    @Override
    public MessageKind kind() {
        return MessageKind.MI_COMMAND;
    }
}
