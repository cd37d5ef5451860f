package org.skyroad.station.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.staff.Actor;

/** Runs {@code skyroad} in-process and keeps what it printed; small helpers for the command tests. */
final class Cli {

    static final String PASSWORD = "station-pass-1";

    /** What one run gave: the exit code and the two streams. */
    record Result(int exit, String out, String err) {

        List<String> outLines() {
            return out.isBlank() ? List.of() : Arrays.asList(out.strip().split("\\R"));
        }

        List<String> errLines() {
            return err.isBlank() ? List.of() : Arrays.asList(err.strip().split("\\R"));
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SkyroadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Runs and checks the exit code, showing both streams when it is not the expected one. */
    static Result expect(int exit, String... args) {
        Result r = run(args);
        assertEquals(exit, r.exit(), () -> "skyroad " + String.join(" ", args) + "\n" + r);
        return r;
    }

    static Path passwordFile(Path dir) {
        Path file = dir.resolve("password.txt");
        try {
            Files.writeString(file, PASSWORD + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** {@code skyroad init} of a village station with the given code, admin "admin". */
    static Result init(Path db, String code) {
        Path pw;
        try {
            pw = Files.createTempFile("skyroad-password", ".txt");
            Files.writeString(pw, PASSWORD + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return expect(SkyroadCommand.OK, "--db", db.toString(), "init", "--station", code, "--name", "达雄村服务点",
                    "--level", "village", "--hub", "NGA-HUB", "--admin", "admin", "--password-file", pw.toString());
        } finally {
            try {
                Files.deleteIfExists(pw);
            } catch (IOException e) {
                // a temp file
            }
        }
    }

    /** Opens the station the way the commands do (system actor), for a test to look or to add. */
    static StationRuntime open(Path db) {
        StationRuntime rt = StationRuntime.open(db);
        rt.session().signIn(Actor.system("test"));
        return rt;
    }

    /** Every villager row (id, name, phone, village, ID tail), in id order: the station's content. */
    static List<String> villagerRows(Path db) {
        try (StationRuntime rt = open(db)) {
            return rt.database().transactions().read(() -> rt.database().jdbc().query(
                    "SELECT v.id, v.name, v.phone, g.name AS village, v.id_tail FROM villager v "
                            + "LEFT JOIN village g ON g.id = v.village_id ORDER BY v.id",
                    rs -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                            + rs.getString(4) + "|" + rs.getString(5)));
        }
    }

    /** The same without ids, sorted: what a seed decides. */
    static List<String> villagerContent(Path db) {
        List<String> rows = new ArrayList<>();
        for (String r : villagerRows(db)) {
            rows.add(r.substring(r.indexOf('|') + 1));
        }
        rows.sort(null);
        return rows;
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> listing(Path dir) {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
