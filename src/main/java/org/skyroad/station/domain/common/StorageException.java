package org.skyroad.station.domain.common;

/** The station database or data folder cannot be used; the sentence says what to do. */
public class StorageException extends StationException {
    public StorageException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }

    public StorageException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
