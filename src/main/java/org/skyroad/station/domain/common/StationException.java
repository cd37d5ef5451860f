package org.skyroad.station.domain.common;

import org.skyroad.station.i18n.Messages;

/**
 * A problem a person can act on. It carries a message key and arguments so the screen or the
 * command line says it in the operator's language; {@link #getMessage()} gives the sentence in
 * the current interface language.
 */
public class StationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public StationException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public StationException(Throwable cause, String messageKey, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String getMessage() {
        return Messages.get(messageKey, args);
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }
}
