package org.skyroad.station.ui.sync;

import java.util.ArrayList;
import java.util.List;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.sync.ImportOutcome;

/** What importing one batch file did, in a sentence. */
public record OutcomeRow(String file, String state, String sentence, boolean ok) {

    static String stateLabel(ImportOutcome.State s) {
        return Messages.get("syncui.outcome." + s.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Each outcome, followed by the held batches it let through. */
    public static List<OutcomeRow> of(List<ImportOutcome> outcomes) {
        List<OutcomeRow> rows = new ArrayList<>();
        for (ImportOutcome o : outcomes) {
            rows.add(new OutcomeRow(o.source(), stateLabel(o.state()), o.message(), o.succeeded()));
            rows.addAll(of(o.alsoApplied()));
        }
        return rows;
    }
}
