package org.skyroad.station.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.domain.common.Transactions;

/**
 * One connection per transaction, bound to the calling thread so every repository inside the
 * work writes through it. Nested calls join the outer transaction.
 */
public final class JdbcTransactions implements Transactions {

    private final DataSource dataSource;
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    private record Tx(Connection connection, UUID id) {
    }

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(work, false);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return run(work, true);
    }

    private <T> T run(Supplier<T> work, boolean readOnly) {
        if (current.get() != null) {
            return work.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(new Tx(connection, UUID.randomUUID()));
            try {
                T result = work.get();
                if (readOnly) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** The connection of the transaction running on this thread. */
    Connection connection() {
        return tx().connection();
    }

    /** An id shared by every outbox row the running transaction writes. */
    UUID transactionId() {
        return tx().id();
    }

    private Tx tx() {
        Tx t = current.get();
        if (t == null) {
            throw new StorageException("error.db.noTransaction");
        }
        return t;
    }
}
