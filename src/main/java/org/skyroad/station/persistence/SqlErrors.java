package org.skyroad.station.persistence;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.domain.common.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns H2's error codes into sentences an operator can act on; the stack trace goes to the log. */
final class SqlErrors {

    private static final Logger LOG = LoggerFactory.getLogger(SqlErrors.class);

    private SqlErrors() {
    }

    static StationException translate(SQLException e) {
        return translate(e, null);
    }

    static StationException translate(SQLException e, String databasePath) {
        String where = databasePath == null ? "" : databasePath;
        SQLException root = e;
        while (root.getNextException() != null) {
            root = root.getNextException();
        }
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                LOG.warn("database in use: {}", e.getMessage());
                return new StorageException(e, "error.db.inUse", where);
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.FILE_VERSION_ERROR_1:
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
            case ErrorCode.WRONG_USER_OR_PASSWORD:
                LOG.error("database damaged or not a station database", e);
                return new StorageException(e, "error.db.damaged", where);
            case ErrorCode.DUPLICATE_KEY_1:
                return new ConflictException("error.db.duplicate");
            case ErrorCode.LOCK_TIMEOUT_1:
            case ErrorCode.DEADLOCK_1:
                LOG.warn("lock timeout", e);
                return new StorageException(e, "error.db.busy");
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
            case ErrorCode.FILE_CREATION_FAILED_1:
            case ErrorCode.FILE_RENAME_FAILED_2:
            case ErrorCode.FILE_DELETE_FAILED_1:
            case ErrorCode.DATABASE_IS_READ_ONLY:
                LOG.error("database file error", e);
                return new StorageException(e, "error.db.io", where);
            default:
                LOG.error("database error {}", e.getErrorCode(), e);
                return new StorageException(e, "error.db.unexpected", e.getErrorCode());
        }
    }
}
