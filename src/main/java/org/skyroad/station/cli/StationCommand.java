package org.skyroad.station.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.sync.SyncDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code skyroad station enrolment --to FILE}: this station's public keys, for its hub (or a hub's, for its stations). */
@Command(name = "station", mixinStandardHelpOptions = true, description = "This station's identity for sync.",
        subcommands = {StationCommand.EnrolmentFile.class})
public final class StationCommand {

    @ParentCommand
    SkyroadCommand root;

    @Command(name = "enrolment", mixinStandardHelpOptions = true,
            description = "Write this station's enrolment file (public keys only) and print its fingerprint to read out by phone.")
    public static final class EnrolmentFile implements Callable<Integer> {

        @ParentCommand
        StationCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "The file to write, or a folder.")
        Path to;

        @Override
        public Integer call() {
            Path db = Headless.existingDatabase(parent.root.database());
            try (StationRuntime rt = Headless.open(db)) {
                SyncDesk desk = rt.sync();
                Path written = desk.writeEnrolment(to);
                // the file, then the fingerprint on a line of its own (for scripts); the advice only on a console
                spec.commandLine().getOut().println(written);
                spec.commandLine().getOut().println(desk.ownFingerprint());
                Headless.note(spec.commandLine().getErr(), Messages.get("cli.sync.fingerprint", desk.ownFingerprint()));
                return SkyroadCommand.OK;
            }
        }
    }
}
