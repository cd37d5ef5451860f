package org.skyroad.station.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.persistence.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code skyroad backup --to FILE|DIR}: a consistent copy of the station, written atomically. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a backup of the station database to a file or folder.")
public final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    SkyroadCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FILE|DIR",
            description = "The backup file (.zip), or a folder (ending with /) to write a dated backup into.")
    String to;

    @Override
    public Integer call() {
        Path db = Headless.existingDatabase(root.database());
        Path target = target(to, db);
        try (StationRuntime rt = Headless.open(db)) {
            Path written = rt.backups().backup(rt.database(), target);
            long size = sizeOf(written);
            spec.commandLine().getOut().printf("Backup of %s written to %s (%d bytes).%n", db, written, size);
            return SkyroadCommand.OK;
        }
    }

    /** Where the backup goes; checked before the database is opened. */
    static Path target(String to, Path db) {
        if (to == null || to.isBlank()) {
            throw new InvalidInputException("cli.backup.noTarget");
        }
        Path target = Path.of(to.strip()).toAbsolutePath().normalize();
        if (target.getFileName() != null && target.getFileName().toString().endsWith(Database.FILE_SUFFIX)
                || target.equals(db)) {
            throw new InvalidInputException("cli.backup.ontoDatabase", target);
        }
        boolean folder = to.endsWith("/") || to.endsWith(java.io.File.separator) || Files.isDirectory(target);
        if (folder) {
            try {
                Files.createDirectories(target);
            } catch (java.io.IOException | SecurityException e) {
                throw new StorageException(e, "error.backup.folder", target);
            }
        } else if (target.getParent() != null && Files.exists(target.getParent()) && !Files.isDirectory(target.getParent())) {
            throw new StorageException("error.backup.folder", target.getParent());
        }
        return target;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
