package org.bmcplatform.sim.pldm;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.bmcplatform.mctp.Bytes;
import org.bmcplatform.profiles.pldm.GetPdrRepositoryInfoResponse;
import org.bmcplatform.profiles.pldm.Pdr;
import org.bmcplatform.profiles.pldm.PdrCodec;
import org.bmcplatform.profiles.pldm.PdrHeader;
import org.bmcplatform.profiles.pldm.RepositoryState;

/**
 * A terminus's PDR repository (DSP0248 §26 "PDR repository"): records in handle order, each encoded
 * once by {@link PdrCodec}. Handles are handed out in increasing order and never reused, so a handle
 * of a removed record stays invalid (GetPDR answers invalid record handle). A replaced record keeps
 * its handle and gets the next recordChangeNumber, so a requester in the middle of a multipart
 * transfer of the old version is refused (invalid record change number). Change numbers start at
 * {@value #FIRST_CHANGE_NUMBER}. Every change bumps {@link #updateCount()}. Thread-safe.
 */
public final class PdrRepository {
    /** recordChangeNumber of a new record; 1 rather than 0 so a requester that does not echo it is caught. */
    public static final int FIRST_CHANGE_NUMBER = 1;

    private final TreeMap<Long, Entry> records = new TreeMap<>();
    private long nextHandle = 1;
    private long updates;

    /** One stored record: the decoded PDR and its bytes. */
    public record Entry(Pdr pdr, Bytes bytes) {
        public long handle() {
            return pdr.header().recordHandle();
        }

        public int changeNumber() {
            return pdr.header().recordChangeNumber();
        }
    }

    /** Adds a record built for the header it is given (its new handle, change number 1); returns the handle. */
    public synchronized long add(Function<PdrHeader, ? extends Pdr> record) {
        long handle = nextHandle++;
        put(record.apply(PdrHeader.of(handle, FIRST_CHANGE_NUMBER)), handle);
        return handle;
    }

    /** Replaces the record at {@code handle}, keeping the handle and bumping its change number. */
    public synchronized void replace(long handle, Function<PdrHeader, ? extends Pdr> record) {
        Entry old = records.get(handle);
        if (old == null) {
            throw new IllegalArgumentException("no PDR with handle " + handle);
        }
        put(record.apply(PdrHeader.of(handle, (old.changeNumber() + 1) & 0xFFFF)), handle);
    }

    private void put(Pdr pdr, long handle) {
        if (pdr.header().recordHandle() != handle) {
            throw new IllegalArgumentException("the PDR must carry the header it was given (handle " + handle + ")");
        }
        records.put(handle, new Entry(pdr, PdrCodec.encode(pdr)));
        updates++;
    }

    /** Removes a record; its handle is never handed out again. */
    public synchronized boolean remove(long handle) {
        boolean removed = records.remove(handle) != null;
        if (removed) {
            updates++;
        }
        return removed;
    }

    /** The record at {@code handle}, or the first record for handle 0 (DSP0248 GetPDR recordHandle 0). */
    public synchronized Optional<Entry> find(long handle) {
        if (handle == 0) {
            return Optional.ofNullable(records.firstEntry()).map(Map.Entry::getValue);
        }
        return Optional.ofNullable(records.get(handle));
    }

    /** The handle of the record after {@code handle}, 0 after the last one. */
    public synchronized long nextHandle(long handle) {
        Long next = records.higherKey(handle);
        return next == null ? 0 : next;
    }

    public synchronized int size() {
        return records.size();
    }

    /** Records, adds, replaces and removes since the repository was made. */
    public synchronized long updateCount() {
        return updates;
    }

    /**
     * The answer to GetPDRRepositoryInfo (DSP0248 §26.1) from the records now: available, no clock (update
     * times unspecified), the record count, the bytes of all records, the bytes of the largest one (header
     * included), and no transfer-handle timeout (a handle stays valid while its record is unchanged).
     */
    public synchronized GetPdrRepositoryInfoResponse info(int instanceId) {
        long size = 0;
        long largest = 0;
        for (Entry e : records.values()) {
            size += e.bytes().length();
            largest = Math.max(largest, e.bytes().length());
        }
        return new GetPdrRepositoryInfoResponse(instanceId, RepositoryState.AVAILABLE, GetPdrRepositoryInfoResponse.UNSPECIFIED_TIME,
                GetPdrRepositoryInfoResponse.UNSPECIFIED_TIME, records.size(), size, largest, GetPdrRepositoryInfoResponse.NO_TIMEOUT);
    }

    /** The records in handle order. */
    public synchronized java.util.List<Entry> entries() {
        return java.util.List.copyOf(records.values());
    }
}
