package org.bmcplatform.profiles.pldm;

import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.Bytes;

/**
 * One composite sensor of a State Sensor PDR (DSP0248 "State Sensor PDR format",
 * possibleStates): stateSetID u16 (DSP0249 state set), possibleStatesSize u8 (implicit: the bitfield
 * length, 1..32), possibleStates bitfield (bit n = state value n can be reported).
 */
public record PossibleStates(int stateSetId, Bytes states) {
    public PossibleStates {
        WireRange.unsigned(stateSetId, 16, "state set ID");
        int size = WireRange.required(states, "possible states").length();
        if (size < 1 || size > 32) {
            throw new IllegalArgumentException("possibleStatesSize is 1..32, was " + size);
        }
    }

    /** The smallest bitfield holding {@code values}. */
    public static PossibleStates of(int stateSetId, int... values) {
        int max = 0;
        for (int v : values) {
            WireRange.unsigned(v, 8, "state value");
            max = Math.max(max, v);
        }
        byte[] b = new byte[max / 8 + 1];
        for (int v : values) {
            b[v / 8] |= (byte) (1 << (v % 8));
        }
        return new PossibleStates(stateSetId, Bytes.wrap(b));
    }

    public boolean supports(int state) {
        return state >= 0 && state / 8 < states.length() && (states.get(state / 8) & 1 << (state % 8)) != 0;
    }

    public List<Integer> values() {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < states.length() * 8; s++) {
            if (supports(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
