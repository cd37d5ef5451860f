package org.skyroad.station.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.persistence.Backups;
import org.skyroad.station.persistence.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skyroad restore FILE}: puts a backup in place of the station database. The station is
 * not opened first (the restore needs it closed); the database it replaces is kept beside it.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the station database with a backup (old one kept).")
public final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    SkyroadCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup .zip to restore.")
    Path file;

    @Option(names = "--force", description = "Replace the database even when it has changes newer than the backup.")
    boolean force;

    @Override
    public Integer call() {
        Path backup = file.toAbsolutePath().normalize();
        if (!Files.exists(backup)) {
            throw new InvalidInputException("error.restore.noFile", backup);
        }
        if (!Files.isRegularFile(backup)) {
            throw new InvalidInputException("cli.restore.notAFile", backup);
        }
        Path db = Database.normalize(root.database());
        Backups.RestoreResult r = new Backups(Clock.systemUTC()).restore(backup, db, force);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Restored %s (last change %s) into %s.%n", r.restoredFrom(), r.backupLastChange(), db);
        out.println(r.previousKeptAs()
                .map(p -> "The database it replaced is kept as " + p + ".")
                .orElse("There was no database there before."));
        return SkyroadCommand.OK;
    }
}
