package org.bmcplatform.profiles.ipmifru;

import org.bmcplatform.profiles.wire.WireFormatException;

/** FRU data that cannot be parsed or built: names the byte offset and the field. */
public final class FruFormatException extends WireFormatException {

    public FruFormatException(int offset, String field, String problem) {
        super("FRU", offset, field, problem);
    }
}
