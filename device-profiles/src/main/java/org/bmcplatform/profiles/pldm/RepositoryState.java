package org.bmcplatform.profiles.pldm;

import java.util.Map;

/**
 * repositoryState of GetPDRRepositoryInfo (DSP0248 Table "GetPDRRepositoryInfo command format"):
 * 0 available, 1 updateInProgress, 2 failed. Unknown codes round-trip.
 */
public record RepositoryState(int code) {
    public static final RepositoryState AVAILABLE = new RepositoryState(0);
    public static final RepositoryState UPDATE_IN_PROGRESS = new RepositoryState(1);
    public static final RepositoryState FAILED = new RepositoryState(2);

    private static final Map<Integer, String> NAMES = Map.of(0, "available", 1, "updateInProgress", 2, "failed");

    public RepositoryState {
        WireRange.unsigned(code, 8, "repository state");
    }

    public String label() {
        return WireRange.label(NAMES, code);
    }

    @Override
    public String toString() {
        return label();
    }
}
