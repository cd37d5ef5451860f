package org.skyroad.station.ui.sync;

import java.time.ZoneId;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.sync.PeerInfo;
import org.skyroad.station.ui.common.Text;

/** An enrolled station on the hub's screen. */
public record StationRow(PeerInfo peer, String code, String name, String lastIn, String lastOut, String waiting,
                         String problems) {

    public static StationRow of(PeerInfo p, ZoneId zone) {
        String in = p.lastInSeq() == 0 ? Messages.get("syncui.none")
                : Messages.get("syncui.hub.batchAt", p.lastInSeq(), Text.dateTime(p.lastInAt(), zone));
        String out = p.lastOutSeq() == 0 ? Messages.get("syncui.none")
                : Messages.get("syncui.hub.batchAt", p.lastOutSeq(), Text.dateTime(p.lastOutAt(), zone));
        StringBuilder problems = new StringBuilder();
        if (p.hasGap()) {
            problems.append(Messages.get("syncui.hub.missing", p.missingSeq(), p.heldCount()));
        }
        if (p.refusedCount() > 0) {
            if (problems.length() > 0) {
                problems.append("  ");
            }
            problems.append(Messages.get("syncui.hub.refusedCount", p.refusedCount()));
        }
        return new StationRow(p, p.code(), p.name() == null ? "" : p.name(), in, out, String.valueOf(p.waitingRecords()),
                problems.toString());
    }
}
