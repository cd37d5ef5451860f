package org.skyroad.station.sync;

import java.util.List;
import org.skyroad.station.i18n.Messages;

/**
 * What importing one batch did. {@link State#APPLIED} and {@link State#ALREADY_APPLIED} are
 * success (exit 0); {@link State#HELD} and {@link State#REFUSED} are not (exit 2), with the
 * sentence in {@link #message()}. {@code alsoApplied} lists held batches that could be applied
 * once this one filled their gap.
 */
public record ImportOutcome(State state, String source, String from, long seq, long applied, long stale,
                            String messageKey, List<Object> args, List<ImportOutcome> alsoApplied) {

    public enum State { APPLIED, ALREADY_APPLIED, HELD, REFUSED }

    public ImportOutcome {
        args = args == null ? List.of() : List.copyOf(args);
        alsoApplied = alsoApplied == null ? List.of() : List.copyOf(alsoApplied);
    }

    public boolean succeeded() {
        return state == State.APPLIED || state == State.ALREADY_APPLIED;
    }

    public String message() {
        return Messages.get(messageKey, args.toArray());
    }

    ImportOutcome with(List<ImportOutcome> more) {
        return new ImportOutcome(state, source, from, seq, applied, stale, messageKey, args, more);
    }
}
