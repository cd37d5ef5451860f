package org.skyroad.station.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.domain.common.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the station database: a consistent copy taken while the station works (H2's
 * BACKUP TO), written under a temporary name and renamed, so a pulled stick or a full disk
 * never leaves half a backup under a final name. Automatic ones go to {@code backups/} beside
 * the database, at most one a day, the newest 14 kept.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    public static final int KEEP = 14;
    static final String AUTO_PREFIX = "auto-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What {@link #restore} found and did. */
    public record RestoreResult(Path restoredFrom, Optional<Path> previousKeptAs, Instant backupLastChange) {
    }

    private final Clock clock;

    public Backups(Clock clock) {
        this.clock = clock;
    }

    public static Path folderFor(Path dbFile) {
        return Database.normalize(dbFile).resolveSibling("backups");
    }

    /** Writes a backup of the open database to {@code target}, atomically. */
    public Path backup(Database db, Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("station-" + STAMP.format(clock.instant()) + ".zip");
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StorageException(e, "error.backup.folder", file.getParent());
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            db.backupTo(part);
            forceToDisk(part);
            moveAtomically(part, file);
            return file;
        } catch (IOException e) {
            deleteQuietly(part);
            throw new StorageException(e, "error.backup.write", file);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /** Takes the day's automatic backup if none was taken today; keeps the newest {@link #KEEP}. */
    public Optional<Path> dailyIfDue(Database db, ZoneId zone) {
        Path folder = folderFor(db.file());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Optional<Path> newest = automatic(folder).stream().findFirst();
        if (newest.isPresent() && LocalDate.ofInstant(stampOf(newest.get()), zone).equals(today)) {
            return Optional.empty();
        }
        Path written = backup(db, folder.resolve(AUTO_PREFIX + STAMP.format(clock.instant()) + ".zip"));
        List<Path> all = automatic(folder);
        for (int i = KEEP; i < all.size(); i++) {
            deleteQuietly(all.get(i));
        }
        LOG.info("automatic backup written to {}", written);
        return Optional.of(written);
    }

    /** Automatic backups, newest first. */
    public static List<Path> automatic(Path folder) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, AUTO_PREFIX + "*.zip")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            LOG.warn("cannot list backups in {}", folder, e);
        }
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return files;
    }

    /** The newest automatic backup whose zip reads back whole, if any. */
    public static Optional<Path> newestReadable(Path dbFile) {
        for (Path p : automatic(folderFor(dbFile))) {
            if (isReadableBackup(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static Instant stampOf(Path backup) {
        String name = backup.getFileName().toString();
        String stamp = name.substring(AUTO_PREFIX.length(), name.length() - ".zip".length());
        return Instant.from(STAMP.parse(stamp));
    }

    static boolean isReadableBackup(Path zip) {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            ZipEntry entry = dbEntry(zf);
            if (entry == null) {
                return false;
            }
            try (InputStream in = zf.getInputStream(entry)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static ZipEntry dbEntry(ZipFile zf) {
        return zf.stream().filter(e -> e.getName().endsWith(Database.FILE_SUFFIX)).findFirst().orElse(null);
    }

    /**
     * Replaces the station database with a backup. The backup is unpacked and opened aside
     * first; a database with changes newer than the backup is only replaced with
     * {@code force}, and is then kept beside it under a "replaced" name, never deleted.
     */
    public RestoreResult restore(Path backupZip, Path dbFile, boolean force) {
        Path target = Database.normalize(dbFile);
        if (!Files.isRegularFile(backupZip)) {
            throw new InvalidInputException("error.restore.noFile", backupZip);
        }
        Path staging = target.resolveSibling("restore-" + STAMP.format(clock.instant()) + Database.FILE_SUFFIX);
        try {
            Files.createDirectories(target.getParent());
            unpack(backupZip, staging);
            Instant backupLast;
            try (Database candidate = Database.open(staging)) {
                if (!candidate.integrityProblems().isEmpty()) {
                    throw new StorageException("error.restore.damagedBackup", backupZip);
                }
                backupLast = lastChange(candidate);
            } catch (StorageException e) {
                throw new StorageException(e, "error.restore.damagedBackup", backupZip);
            }
            Optional<Path> keptAs = Optional.empty();
            if (Files.exists(target)) {
                Instant currentLast = currentLastChange(target);
                if (currentLast != null && currentLast.isAfter(backupLast) && !force) {
                    throw new InvalidInputException("error.restore.newer", currentLast.toString(), backupLast.toString());
                }
                Path kept = target.resolveSibling("station-replaced-" + STAMP.format(clock.instant()) + Database.FILE_SUFFIX);
                moveAtomically(target, kept);
                keptAs = Optional.of(kept);
            }
            moveAtomically(staging, target);
            return new RestoreResult(backupZip, keptAs, backupLast);
        } catch (IOException e) {
            throw new StorageException(e, "error.restore.io", backupZip);
        } finally {
            deleteQuietly(staging);
            deleteQuietly(staging.resolveSibling(staging.getFileName().toString().replace(Database.FILE_SUFFIX, ".trace.db")));
        }
    }

    /** The newest change in an existing database, or null when it cannot be opened (damaged). */
    private Instant currentLastChange(Path target) {
        try (Database current = Database.open(target)) {
            return lastChange(current);
        } catch (StationException e) {
            if ("error.db.inUse".equals(e.messageKey())) {
                throw e;
            }
            LOG.warn("current database cannot be read; it will be kept aside", e);
            return null;
        }
    }

    static Instant lastChange(Database db) {
        return db.transactions().read(() -> db.jdbc()
                .queryOne("SELECT MAX(at) FROM audit_log", rs -> {
                    java.time.OffsetDateTime at = rs.getObject(1, java.time.OffsetDateTime.class);
                    return at == null ? null : at.toInstant();
                }).orElse(Instant.EPOCH));
    }

    private static void unpack(Path zip, Path dest) throws IOException {
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.isDirectory() && e.getName().endsWith(Database.FILE_SUFFIX)) {
                    Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                    break;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("error.restore.notBackup", zip);
        }
        if (!found) {
            throw new InvalidInputException("error.restore.notBackup", zip);
        }
    }

    static void forceToDisk(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("could not delete {}", p, e);
        }
    }
}
