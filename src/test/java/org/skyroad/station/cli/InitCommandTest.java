package org.skyroad.station.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.i18n.Messages;

class InitCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void initSetsUpTheStationAndSaysWhere() {
        Path db = dir.resolve("station.mv.db");
        Cli.Result r = Cli.init(db, "TS-003");
        assertTrue(r.out().contains("Station TS-003"), r.out());
        assertTrue(r.out().contains(db.toString()), r.out());
        assertTrue(Files.isRegularFile(db));
    }

    /**
     * Each bad input is refused with one sentence, before the database is touched: no file,
     * not even its folder. NAME "LONG" stands for 101 characters; PASSWORD is ok, missing or empty.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            wrong station code shape ; TS003  ; 达雄村服务点 ; village ; ok      ; is not a station code
            empty name               ; TS-003 ; '   '        ; village ; ok      ; Please type the station’s name.
            overlong name            ; TS-003 ; LONG         ; village ; ok      ; at most 100 characters
            missing password file    ; TS-003 ; 达雄村服务点 ; village ; missing ; Cannot read the password file
            empty password file      ; TS-003 ; 达雄村服务点 ; village ; empty   ; is empty
            short password           ; TS-003 ; 达雄村服务点 ; village ; short   ; at least 6 characters
            wrong level              ; TS-003 ; 达雄村服务点 ; city    ; ok      ; is not a station level
            """)
    void badInputIsRefusedAndNothingIsWritten(String why, String code, String name, String level, String password,
                                              String expected) throws IOException {
        Path folder = dir.resolve("data");
        Path db = folder.resolve("station.mv.db");
        Path pw = dir.resolve("pw.txt");
        switch (password) {
            case "ok" -> Files.writeString(pw, Cli.PASSWORD + "\n");
            case "empty" -> Files.writeString(pw, "");
            case "short" -> Files.writeString(pw, "abc\n");
            default -> { }
        }
        String stationName = "LONG".equals(name) ? "村".repeat(101) : name;
        Cli.Result r = Cli.expect(SkyroadCommand.REFUSED, "--db", db.toString(), "init", "--station", code,
                "--name", stationName, "--level", level, "--hub", "NGA-HUB", "--admin", "admin",
                "--password-file", pw.toString());
        assertOneSentence(r, expected);
        assertEquals("", r.out());
        assertFalse(Files.exists(folder), why + ": nothing may be written");
    }

    @Test
    void aDataFolderThatCannotBeMadeIsRefused() throws IOException {
        // Tests run as root, so a read-only folder would still be writable: a file stands where a folder must be.
        Path notAFolder = dir.resolve("not-a-folder");
        Files.writeString(notAFolder, "a file");
        Path db = notAFolder.resolve("sub").resolve("station.mv.db");
        Path pw = Cli.passwordFile(dir);
        Cli.Result r = Cli.expect(SkyroadCommand.REFUSED, "--db", db.toString(), "init", "--station", "TS-003",
                "--name", "达雄村服务点", "--level", "village", "--hub", "NGA-HUB", "--admin", "admin",
                "--password-file", pw.toString());
        assertOneSentence(r, "Cannot write to the data folder");
        assertEquals("a file", Files.readString(notAFolder));
    }

    @Test
    void aSecondInitIsRefusedAndChangesNothing() {
        Path db = dir.resolve("station.mv.db");
        Cli.init(db, "TS-003");
        List<String> before = Cli.villagerRows(db);
        Path pw = Cli.passwordFile(dir);
        Cli.Result r = Cli.expect(SkyroadCommand.REFUSED, "--db", db.toString(), "init", "--station", "TS-004",
                "--name", "另一个站", "--level", "village", "--hub", "NGA-HUB", "--admin", "admin2",
                "--password-file", pw.toString());
        assertOneSentence(r, "already set up");
        assertEquals(before, Cli.villagerRows(db));
    }

    @Test
    void aFileThatIsNotAStationDatabaseIsReportedAsDamagedAndLeftAlone() throws IOException {
        Path db = dir.resolve("x.mv.db");
        byte[] noise = new byte[64 * 1024];
        new java.util.Random(1).nextBytes(noise);
        Files.write(db, noise);
        Cli.Result r = Cli.expect(SkyroadCommand.REFUSED, "--db", db.toString(), "villager", "find", "扎西");
        assertOneSentence(r, "is damaged or is not a SkyRoad Station database");
        assertArrayEquals(noise, Cli.bytes(db), "the damaged file is left as it was");
        assertEquals(List.of("x.mv.db"), Cli.listing(dir), "no file beside it either");
    }

    static void assertOneSentence(Cli.Result r, String expectedPart) {
        List<String> lines = new ArrayList<>(r.errLines());
        assertEquals(1, lines.size(), () -> "one sentence on stderr:\n" + r);
        assertTrue(lines.get(0).contains(expectedPart), () -> "expected \"" + expectedPart + "\" in:\n" + r);
        assertFalse(lines.get(0).contains("Exception"), () -> "no exception names:\n" + r);
    }
}
