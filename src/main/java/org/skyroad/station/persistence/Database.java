package org.skyroad.station.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.skyroad.station.domain.common.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's embedded H2 database: one file, opened with settings that keep every
 * committed write, migrated by Flyway on open.
 *
 * <p>H2's default URL keeps recent commits in memory for a moment and loses them when the
 * process is killed; {@code WRITE_DELAY=0} writes each commit before it returns.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_SUFFIX = ".mv.db";
    public static final String SETTINGS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64";

    private final Path file;
    private final JdbcConnectionPool pool;
    private final JdbcTransactions transactions;
    private final Jdbc jdbc;

    private Database(Path file, JdbcConnectionPool pool) {
        this.file = file;
        this.pool = pool;
        this.transactions = new JdbcTransactions(pool);
        this.jdbc = new Jdbc(transactions);
    }

    /**
     * Opens (creating if needed) the database at {@code file} (a {@code .mv.db} path, or the
     * same without the suffix) and brings its schema up to date. Before migrating a database
     * that already holds data, {@code beforeMigrate} runs (the automatic backup).
     */
    public static Database open(Path file, BeforeMigration beforeMigrate) {
        Path dbFile = normalize(file);
        prepareFolder(dbFile.getParent());
        if (Files.exists(dbFile) && !Files.isWritable(dbFile)) {
            throw new StorageException("error.db.readOnlyFile", dbFile);
        }
        String url = "jdbc:h2:file:" + basePath(dbFile) + SETTINGS;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(16);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw SqlErrors.translate(e, dbFile.toString());
        }
        Database db = new Database(dbFile, pool);
        try {
            db.migrate(beforeMigrate);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    public static Database open(Path file) {
        return open(file, (db, pending) -> { });
    }

    /** Called when migrations are pending on a database that already has a schema. */
    @FunctionalInterface
    public interface BeforeMigration {
        void run(Database db, int pendingMigrations);
    }

    private void migrate(BeforeMigration beforeMigrate) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        try {
            var info = flyway.info();
            int pending = info.pending().length;
            if (pending > 0 && info.applied().length > 0) {
                beforeMigrate.run(this, pending);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw SqlErrors.translate(sql, file.toString());
            }
            LOG.error("migration failed", e);
            throw new StorageException(e, "error.db.migration", file);
        }
    }

    /** Accepts {@code station}, {@code station.mv.db} or a folder and gives the .mv.db file. */
    public static Path normalize(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            return abs.resolve("station" + FILE_SUFFIX);
        }
        String name = abs.getFileName().toString();
        return name.endsWith(FILE_SUFFIX) ? abs : abs.resolveSibling(name + FILE_SUFFIX);
    }

    static String basePath(Path dbFile) {
        String s = dbFile.toString();
        return s.substring(0, s.length() - FILE_SUFFIX.length());
    }

    private static void prepareFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new StorageException(e, "error.db.folderNotWritable", folder);
        }
        if (!Files.isWritable(folder)) {
            throw new StorageException("error.db.folderNotWritable", folder);
        }
    }

    public Path file() {
        return file;
    }

    public DataSource dataSource() {
        return pool;
    }

    public JdbcTransactions transactions() {
        return transactions;
    }

    public Jdbc jdbc() {
        return jdbc;
    }

    /** How many rows of each table the start-up check reads: enough to touch every index root, quick on a big station. */
    static final int CHECK_ROWS = 2_000;

    /**
     * The quick check at start: every table is counted and its first rows are read, so a
     * damaged file shows up here rather than in the middle of a villager's handover. Opening
     * the file has already checked H2's own chunk headers. Returns the tables that failed.
     */
    public List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = st.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    count.next();
                    try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" LIMIT " + CHECK_ROWS)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                            }
                        }
                    }
                } catch (SQLException e) {
                    LOG.error("integrity check failed on {}", table, e);
                    problems.add(table + ": " + e.getMessage());
                }
            }
        } catch (SQLException e) {
            LOG.error("integrity check could not run", e);
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** A consistent copy of the live database, as a zip, written while others keep working. */
    public void backupTo(Path zip) {
        try (Connection c = pool.getConnection(); var ps = c.prepareStatement("BACKUP TO ?")) {
            ps.setString(1, zip.toString());
            ps.execute();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, zip.toString());
        }
    }

    /**
     * Closes the database and gives back the space that bulk work left behind (a demo fill or
     * an import can leave the file many times larger than its data). Slow on a big file: for
     * the end of bulk commands, not for every exit.
     */
    public void closeCompacted() {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.debug("shutdown compact: {}", e.getMessage());
        } finally {
            pool.dispose();
        }
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.debug("shutdown: {}", e.getMessage());
        } finally {
            pool.dispose();
        }
    }
}
