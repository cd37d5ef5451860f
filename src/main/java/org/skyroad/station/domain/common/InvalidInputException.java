package org.skyroad.station.domain.common;

/** Input that cannot be accepted as typed; nothing was written. */
public class InvalidInputException extends StationException {
    public InvalidInputException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
