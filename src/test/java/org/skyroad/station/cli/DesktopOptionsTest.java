package org.skyroad.station.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.skyroad.station.cli.InitCommandTest.assertOneSentence;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.app.DesktopLauncher;
import picocli.CommandLine;

/** What the desktop app is started with, read from the command line (the app itself is not started). */
class DesktopOptionsTest {

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static DesktopLauncher.Options parse(String... args) {
        SkyroadCommand root = new SkyroadCommand();
        new CommandLine(root).parseArgs(args);
        return root.options();
    }

    @Test
    void aBatchFileGivenAloneIsOfferedForImport() {
        DesktopLauncher.Options o = parse("/media/usb/TS-003_to_NGA-HUB_000042.srb");
        assertEquals(Path.of("/media/usb/TS-003_to_NGA-HUB_000042.srb"), o.batchToImport());
        assertFalse(o.demo());
    }

    @Test
    void theBatchComesWithTheOtherOptions() {
        DesktopLauncher.Options o = parse("--db", "/data/station.mv.db", "--lang", "bo", "TS-003_to_NGA-HUB_000042.SRB");
        assertEquals(Path.of("/data/station.mv.db"), o.database());
        assertEquals("bo", o.language());
        assertEquals(Path.of("TS-003_to_NGA-HUB_000042.SRB"), o.batchToImport());
    }

    @Test
    void withoutAFileNothingIsOffered() {
        assertNull(parse("--demo").batchToImport());
    }

    @Test
    void aMistypedCommandIsRefusedAndNotTakenForAFile() {
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "reprot"),
                "\"reprot\" is neither a command nor a sync batch file (.srb). See skyroad --help.");
    }
}
