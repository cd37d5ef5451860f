package org.skyroad.station.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.i18n.Messages;

/**
 * One batch in the sync screen's lists: in or out, from whom to whom, its number, size and
 * state, and for a refused batch the sentence saying why. Fields not known (a file that was
 * not a batch at all) are null.
 */
public record BatchInfo(UUID id, boolean outgoing, BatchKind kind, String from, String to, Long seq,
                        String fileName, long byteSize, long recordCount, long appliedCount, long staleCount,
                        Map<String, Long> counts, BatchState state, String reasonKey, List<Object> reasonArgs,
                        Instant createdAt, Instant recordedAt, Instant stateAt) {

    /** The reason in the interface language; empty when there is none. */
    public String reason() {
        return reasonKey == null ? "" : Messages.get(reasonKey, reasonArgs.toArray());
    }
}
