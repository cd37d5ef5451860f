package org.skyroad.station.domain.common;

/** The record asked for does not exist (any more). */
public class NotFoundException extends StationException {
    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
