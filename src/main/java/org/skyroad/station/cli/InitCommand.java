package org.skyroad.station.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationCode;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.domain.staff.Username;
import org.skyroad.station.service.PasswordHasher;
import org.skyroad.station.service.StationSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skyroad init}: the first start, headless. The password comes from a file, never the command line. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Set up the station and its first admin account.")
public final class InitCommand implements Callable<Integer> {

    @ParentCommand
    SkyroadCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--station", required = true, paramLabel = "CODE", description = "Station code, like TS-003.")
    String station;

    @Option(names = "--name", required = true, description = "Station name.")
    String name;

    @Option(names = "--level", required = true, paramLabel = "village|township|county")
    String level;

    @Option(names = "--hub", paramLabel = "CODE", description = "The county hub's code, like NGA-HUB.")
    String hub;

    @Option(names = "--admin", required = true, paramLabel = "USER", description = "Sign-in name of the first admin.")
    String admin;

    @Option(names = "--admin-name", paramLabel = "NAME", description = "The admin's full name (default: USER).")
    String adminName;

    @Option(names = "--password-file", required = true, paramLabel = "FILE",
            description = "A file whose first line is the admin's password.")
    Path passwordFile;

    @Option(names = "--language", defaultValue = "zh", paramLabel = "zh|en|bo")
    String language;

    @Override
    public Integer call() {
        // Check every input before the database is touched: a refusal writes nothing.
        StationCode.parse(station);
        StationLevel lvl = StationLevel.parse(level);
        if (hub != null && !hub.isBlank()) {
            StationCode.parse(hub);
        }
        Station.checkName(name);
        Username.parse(admin);
        char[] password = readPassword(passwordFile);
        PasswordHasher.checkAcceptable(password);
        if (lvl != StationLevel.COUNTY && (hub == null || hub.isBlank())) {
            throw new InvalidInputException("error.station.hubRequired");
        }
        try (StationRuntime rt = StationRuntime.open(root.database())) {
            Station s = rt.setup().initialize(new StationSetup.Request(station, name, level, hub, admin,
                    adminName, password, language));
            spec.commandLine().getOut().printf("Station %s (%s) is set up in %s; admin: %s%n",
                    s.code(), s.name(), rt.database().file(), Username.parse(admin));
            return SkyroadCommand.OK;
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    /** The first line of the file, without its line end. */
    static char[] readPassword(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
            if (line.isEmpty()) {
                throw new InvalidInputException("error.password.fileEmpty", file);
            }
            return line.toCharArray();
        } catch (IOException | SecurityException e) {
            throw new InvalidInputException("error.password.fileUnreadable", file);
        }
    }
}
