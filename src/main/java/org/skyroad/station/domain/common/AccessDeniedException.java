package org.skyroad.station.domain.common;

/** The signed-in person's role does not allow this action. */
public class AccessDeniedException extends StationException {
    public AccessDeniedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
