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

    @Test
    void migrationsAreNumberedWithoutGaps() throws Exception {
        List<String> files = migrationFiles();
        for (int v = 1; v <= files.size(); v++) {
            int version = v;
            assertTrue(files.stream().anyMatch(n -> n.startsWith("V" + version + "__")), "missing V" + version);
        }
    }
}
