package org.skyroad.station.ui.common;

import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into the sentence a screen shows; the stack trace goes to the log only. */
public final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    public static String sentence(Throwable t) {
        Throwable cause = t;
        while (cause != null && !(cause instanceof StationException)
                && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof StationException se) {
            LOG.debug("refused: {}", se.messageKey(), se);
            return se.getMessage();
        }
        LOG.error("unexpected failure", t);
        return Messages.get("ui.error.unexpected");
    }
}
