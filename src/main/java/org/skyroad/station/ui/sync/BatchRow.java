package org.skyroad.station.ui.sync;

import java.time.ZoneId;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.sync.BatchInfo;
import org.skyroad.station.ui.common.Text;

/** One batch in a sync list, as the screen shows it. */
public record BatchRow(BatchInfo batch, String direction, String peer, String number, String file, String state,
                       String records, String when, String reason) {

    public static BatchRow of(BatchInfo b, ZoneId zone) {
        String peer = b.outgoing() ? b.to() : b.from();
        return new BatchRow(b, Messages.get(b.outgoing() ? "syncui.dir.out" : "syncui.dir.in"),
                peer == null ? "" : peer, b.seq() == null ? "" : String.valueOf(b.seq()),
                b.fileName() == null ? "" : b.fileName(), Messages.get(b.state().labelKey()),
                b.staleCount() > 0 ? Messages.get("syncui.records.stale", b.recordCount(), b.staleCount())
                        : String.valueOf(b.recordCount()),
                Text.dateTime(b.stateAt() != null ? b.stateAt() : b.recordedAt(), zone), b.reason());
    }
}
