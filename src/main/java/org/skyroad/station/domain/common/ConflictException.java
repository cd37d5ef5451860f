package org.skyroad.station.domain.common;

/** The record was changed by someone else since it was read, or a unique value is taken. */
public class ConflictException extends StationException {
    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
