package org.skyroad.station.sync;

import java.util.Locale;

/** Which way a batch goes: a station's changes to its hub, or the hub's return batch to a station. */
public enum BatchKind {
    CHANGES, RETURN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static BatchKind parse(String code) {
        for (BatchKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown batch kind " + code);
    }
}
