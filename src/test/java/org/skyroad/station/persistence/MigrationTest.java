package org.skyroad.station.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    private static List<String> migrationFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(MigrationTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
    }

    @Test
    void anEmptyDatabaseIsMigratedToTheLatestVersion() throws Exception {
        try (Database db = Database.open(dir.resolve("station"))) {
            long applied = db.transactions().read(() -> db.jdbc()
                    .queryLong("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"));
            assertEquals(migrationFiles().size(), applied);
            assertTrue(db.integrityProblems().isEmpty());
        }
    }

    @Test
    void reopeningRunsNoMigrationAgainAndTakesNoBackup() {
        Database.open(dir.resolve("station")).close();
        int[] calls = {0};
        try (Database db = Database.open(dir.resolve("station"), (d, pending) -> calls[0]++)) {
            assertEquals(0, calls[0]);
        }
    }

    /**
     * A station upgraded from the first release: its database holds only V1 and data. Opening
     * it with this version backs it up first, migrates it, and keeps every row.
     */
    @Test
    void aDatabaseOfTheFirstReleaseIsBackedUpThenMigratedWithItsData() throws Exception {
        Path file = dir.resolve("station.mv.db");
        String url = "jdbc:h2:file:" + Database.basePath(file) + Database.SETTINGS;
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .target("1").load().migrate();
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            st.execute("INSERT INTO village (id, name, name_key, created_at, version) VALUES "
                    + "('00000000-0000-0000-0000-000000000001', '达雄村', '达雄村', TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00', 1)");
            st.execute("INSERT INTO villager (id, name, name_key, phone, phone_tail, village_id, consent_pickup, consent_delivery, "
                    + "created_at, updated_at, version) VALUES ('00000000-0000-0000-0000-000000000002', 'བཀྲ་ཤིས', 'བཀྲ་ཤིས', "
                    + "'13812345678', '5678', '00000000-0000-0000-0000-000000000001', TRUE, FALSE, "
                    + "TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00', 1)");
            st.execute("SHUTDOWN");
        }
        int expectedPending = migrationFiles().size() - 1;
        int[] pendingSeen = {-1};
        try (Database db = Database.open(file, (d, pending) -> pendingSeen[0] = pending)) {
            assertEquals(expectedPending, pendingSeen[0] == -1 ? 0 : pendingSeen[0],
                    "the backup hook runs before the pending migrations, when there are any");
            assertEquals("བཀྲ་ཤིས", db.transactions().read(() -> db.jdbc()
                    .queryOne("SELECT name FROM villager WHERE phone_tail = '5678'", rs -> rs.getString(1))).orElseThrow());
            assertTrue(db.integrityProblems().isEmpty());
        }
    }

    @Test
    void theStationBacksUpBeforeMigrating() throws Exception {
        Path file = dir.resolve("station.mv.db");
        String url = "jdbc:h2:file:" + Database.basePath(file) + Database.SETTINGS;
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .target("1").load().migrate();
        try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
        org.skyroad.station.bootstrap.StationRuntime.open(file).close();
        boolean migrationsPending = migrationFiles().size() > 1;
        try (Stream<Path> files = Files.list(Backups.folderFor(file)).filter(p -> p.getFileName().toString().startsWith("before-migration-"))) {
            assertEquals(migrationsPending ? 1 : 0, files.count());
        } catch (java.nio.file.NoSuchFileException e) {
            assertTrue(!migrationsPending, "no backup folder although migrations ran");
        }
    }

    @Test
    void migrationsAreNumberedWithoutGaps() throws Exception {
        List<String> files = migrationFiles();
        for (int v = 1; v <= files.size(); v++) {
            int version = v;
            assertTrue(files.stream().anyMatch(n -> n.startsWith("V" + version + "__")), "missing V" + version);
        }
    }
}
