package org.skyroad.station.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skyroad.station.cli.InitCommandTest.assertOneSentence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.i18n.Messages;

class BackupRestoreCommandTest {

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void station() {
        Messages.setLocale(Locale.ENGLISH);
        db = dir.resolve("data").resolve("station.mv.db");
        Cli.init(db, "TS-003");
        Cli.expect(SkyroadCommand.OK, "--db", db.toString(), "demo", "--villagers", "200", "--seed", "3");
    }

    @Test
    void restoreBringsBackTheStationAsItWasAtTheBackup() {
        Path backup = dir.resolve("usb").resolve("station-backup.zip");
        List<String> atBackup = Cli.villagerRows(db);
        Cli.Result b = Cli.expect(SkyroadCommand.OK, "--db", db.toString(), "backup", "--to", backup.toString());
        assertTrue(b.out().contains("written to " + backup), b.out());
        assertTrue(Files.isRegularFile(backup));
        assertEquals(List.of("station-backup.zip"), Cli.listing(backup.getParent()), "no temporary file left");

        // A change after the backup...
        Cli.expect(SkyroadCommand.OK, "--db", db.toString(), "demo", "--villagers", "25", "--seed", "4");
        List<String> afterChange = Cli.villagerRows(db);
        assertEquals(225, afterChange.size());

        // ...makes the backup older than the database: refused without --force, nothing changed.
        Cli.Result refused = Cli.expect(SkyroadCommand.REFUSED, "--db", db.toString(), "restore", backup.toString());
        assertOneSentence(refused, "Add --force");
        assertEquals("", refused.out());
        assertEquals(afterChange, Cli.villagerRows(db));

        // With --force the change is gone, and the replaced database is kept beside it.
        Cli.Result restored = Cli.expect(SkyroadCommand.OK, "--db", db.toString(), "restore", backup.toString(), "--force");
        assertTrue(restored.out().contains("Restored " + backup), restored.out());
        String keptLine = restored.outLines().get(1);
        assertTrue(keptLine.startsWith("The database it replaced is kept as "), restored.out());
        Path kept = Path.of(keptLine.substring("The database it replaced is kept as ".length(), keptLine.length() - 1));
        assertTrue(Files.isRegularFile(kept), kept.toString());
        assertEquals(atBackup, Cli.villagerRows(db));
        assertEquals(afterChange, Cli.villagerRows(kept), "the replaced database still holds the later change");
    }

    @Test
    void restoreIntoAnEmptyPlaceNeedsNoForce() {
        Path backup = dir.resolve("b.zip");
        Cli.expect(SkyroadCommand.OK, "--db", db.toString(), "backup", "--to", backup.toString());
        Path other = dir.resolve("other").resolve("station.mv.db");
        Cli.Result r = Cli.expect(SkyroadCommand.OK, "--db", other.toString(), "restore", backup.toString());
        assertTrue(r.out().contains("There was no database there before."), r.out());
        assertEquals(Cli.villagerRows(db), Cli.villagerRows(other));
    }

    @Test
    void backupToAFolderWritesADatedFileInIt() {
        Path folder = dir.resolve("backups-here");
        Cli.expect(SkyroadCommand.OK, "--db", db.toString(), "backup", "--to", folder + "/");
        List<String> files = Cli.listing(folder);
        assertEquals(1, files.size(), files.toString());
        assertTrue(files.get(0).matches("station-\\d{8}T\\d{6}Z\\.zip"), files.get(0));
    }

    @Test
    void backupOverTheDatabaseIsRefused() {
        byte[] before = Cli.bytes(db);
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", db.toString(), "backup", "--to", db.toString()),
                "cannot be written over a station database");
        assertEquals(List.of("station.mv.db"), Cli.listing(db.getParent()).stream().filter(n -> !n.equals("backups")).toList());
        assertEquals(before.length, Cli.bytes(db).length);
    }

    @Test
    void backupOfAStationThatDoesNotExistIsRefused() {
        Path missing = dir.resolve("nothing").resolve("station.mv.db");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", missing.toString(), "backup", "--to",
                dir.resolve("x.zip").toString()), "There is no station database");
        assertFalse(Files.exists(missing.getParent()));
        assertFalse(Files.exists(dir.resolve("x.zip")));
    }

    @Test
    void restoreOfAMissingOrForeignFileIsRefusedAndChangesNothing() throws IOException {
        List<String> before = Cli.villagerRows(db);
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", db.toString(), "restore",
                dir.resolve("no-such.zip").toString(), "--force"), "There is no backup file");
        Path notZip = dir.resolve("photo.zip");
        Files.writeString(notZip, "not a zip at all");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", db.toString(), "restore", notZip.toString(), "--force"),
                "is not a SkyRoad Station backup");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", db.toString(), "restore", dir.toString(), "--force"),
                "is a folder, not a backup file");
        assertEquals(before, Cli.villagerRows(db));
        assertEquals(List.of("station.mv.db"), Cli.listing(db.getParent()), "no staging or replaced file left");
        assertNotEquals(0, before.size());
    }
}
