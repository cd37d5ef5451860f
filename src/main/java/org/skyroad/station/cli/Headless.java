package org.skyroad.station.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.persistence.Database;

/** What the headless commands share: opening the station as the system actor, and checks made before it. */
public final class Headless {

    /** The name headless work is recorded under in the audit log. */
    public static final String ACTOR = "cli";

    private Headless() {
    }

    /**
     * The station database file, refused with a sentence when there is none: a command that
     * only reads or copies a station never creates an empty one by mistake.
     */
    public static Path existingDatabase(Path db) {
        Path file = Database.normalize(db);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("cli.db.missing", file);
        }
        return file;
    }

    /** Opens the station (creating it if needed) and signs in the system actor. */
    public static StationRuntime open(Path db) {
        StationRuntime rt = StationRuntime.open(db);
        rt.session().signIn(Actor.system(ACTOR));
        return rt;
    }

    /** A number with no grouping and at most one decimal, the same on every machine. */
    static String oneDecimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** Says something about progress only to a person watching a console, never into a script's pipe. */
    static boolean interactive() {
        return System.console() != null;
    }

    static void note(PrintWriter err, String text) {
        if (interactive()) {
            err.println(text);
            err.flush();
        }
    }
}
