package org.skyroad.station.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.persistence.Database;
import org.skyroad.station.sync.BatchInfo;
import org.skyroad.station.sync.Enrolment;
import org.skyroad.station.sync.ExportResult;
import org.skyroad.station.sync.HubClient;
import org.skyroad.station.sync.ImportOutcome;
import org.skyroad.station.sync.PeerInfo;
import org.skyroad.station.sync.SyncDesk;
import org.skyroad.station.sync.SyncNowResult;
import org.skyroad.station.sync.SyncStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skyroad sync export|import|verify|status|now}: sync batches from a script. Exit 0 when
 * a batch was written, applied or already applied; 2 when refused or held, the reason on stderr.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, description = "Sync batches with the county hub.",
        subcommands = {SyncCommand.Export.class, SyncCommand.Import.class, SyncCommand.Verify.class,
            SyncCommand.Status.class, SyncCommand.Now.class})
public final class SyncCommand {

    @ParentCommand
    SkyroadCommand root;


    static long maxBytes(Integer mib) {
        if (mib == null) {
            return SyncDesk.DEFAULT_MAX_BATCH_BYTES;
        }
        if (mib < 1 || mib > 2000) {
            throw new InvalidInputException("cli.sync.maxSize", mib);
        }
        return mib * 1024L * 1024L;
    }

    /** One line per outcome: success on stdout, held and refused on stderr. Returns the exit code. */
    static int report(List<ImportOutcome> outcomes, PrintWriter out, PrintWriter err) {
        int exit = SkyroadCommand.OK;
        for (ImportOutcome o : outcomes) {
            exit = Math.max(exit, report(o, out, err, ""));
        }
        return exit;
    }

    private static int report(ImportOutcome o, PrintWriter out, PrintWriter err, String indent) {
        String line = indent + o.source() + ": " + o.message();
        int exit = SkyroadCommand.OK;
        if (o.succeeded()) {
            out.println(line);
        } else {
            err.println(line);
            exit = SkyroadCommand.REFUSED;
        }
        for (ImportOutcome more : o.alsoApplied()) {
            exit = Math.max(exit, report(more, out, err, indent + "  "));
        }
        return exit;
    }

    /** {@code skyroad sync export --to DIR}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write one batch with every change the hub has not acknowledged into a folder (a USB stick).")
    public static final class Export implements Callable<Integer> {

        @ParentCommand
        SyncCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--to", required = true, paramLabel = "DIR", description = "The folder or drive to write the batch into.")
        Path to;

        @Override
        public Integer call() {
            Path db = Headless.existingDatabase(parent.root.database());
            PrintWriter out = spec.commandLine().getOut();
            try (StationRuntime rt = Headless.open(db)) {
                ConsoleProgress progress = ConsoleProgress.forConsole(spec.commandLine().getErr());
                Optional<ExportResult> r = rt.sync().export(to, progress);
                progress.finish();
                if (r.isEmpty()) {
                    out.println(Messages.get("cli.sync.nothingPending"));
                } else {
                    out.println(r.get().file());
                    Headless.note(spec.commandLine().getErr(), Messages.get("cli.sync.exported", r.get().seq(),
                            r.get().recordCount(), r.get().byteSize()));
                }
                return SkyroadCommand.OK;
            }
        }
    }

    /** {@code skyroad sync import FILE...}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import batch files (or every batch for this station in a folder), in order.")
    public static final class Import implements Callable<Integer> {

        @ParentCommand
        SyncCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Batch files (.srb) or folders holding them.")
        List<Path> files;

        @Option(names = "--max-size", paramLabel = "MIB", description = "Refuse batches bigger than this many MiB (default: 256).")
        Integer maxMib;

        @Override
        public Integer call() {
            long max = maxBytes(maxMib);
            Path db = Headless.existingDatabase(parent.root.database());
            try (StationRuntime rt = Headless.open(db)) {
                SyncDesk desk = rt.sync();
                desk.setMaxBatchBytes(max);
                ConsoleProgress progress = ConsoleProgress.forConsole(spec.commandLine().getErr());
                List<ImportOutcome> outcomes = desk.importAll(files, progress);
                progress.finish();
                if (outcomes.isEmpty()) {
                    spec.commandLine().getErr().println(Messages.get("cli.sync.noBatches", files));
                    return SkyroadCommand.REFUSED;
                }
                return report(outcomes, spec.commandLine().getOut(), spec.commandLine().getErr());
            }
        }
    }

    /** {@code skyroad sync verify FILE}: no database needed. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check a batch file's format, hash and signature and print its manifest; needs no database.")
    public static final class Verify implements Callable<Integer> {

        @ParentCommand
        SyncCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--key", paramLabel = "ENROLMENT",
                description = "The sender's enrolment file (repeatable). Without it, the keys known to --db are used if it exists.")
        List<Path> keys;

        @Option(names = "--max-size", paramLabel = "MIB", description = "Refuse files bigger than this many MiB (default: 256).")
        Integer maxMib;

        @Override
        public Integer call() {
            long max = maxBytes(maxMib);
            Map<String, byte[]> known = new LinkedHashMap<>();
            if (keys != null) {
                for (Path k : keys) {
                    Enrolment e = Enrolment.read(k);
                    known.put(e.station().value(), e.signPublicKey());
                }
            } else {
                Path db = Database.normalize(parent.root.database());
                if (Files.isRegularFile(db)) {
                    try (StationRuntime rt = Headless.open(db)) {
                        known.putAll(rt.sync().knownSigningKeys());
                    } catch (StationException e) {
                        Headless.note(spec.commandLine().getErr(), e.getMessage());
                    }
                }
            }
            SyncDesk.Verification v = SyncDesk.verify(file, known, max);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            out.println(v.manifestJson());
            out.println("file sha256: " + v.fileSha256());
            String name = file.getFileName().toString();
            if (!v.payloadHashOk()) {
                err.println(Messages.get("error.sync.payloadHash", name));
                return SkyroadCommand.REFUSED;
            }
            if (v.signatureOk() == null) {
                err.println(Messages.get("cli.sync.noKey", v.manifest().from()));
                return SkyroadCommand.REFUSED;
            }
            if (!v.signatureOk()) {
                err.println(Messages.get("error.sync.badSignature", name, v.manifest().from()));
                return SkyroadCommand.REFUSED;
            }
            out.println(Messages.get("cli.sync.verified", name, v.manifest().from(), v.manifest().seq(),
                    v.manifest().recordCount()));
            return SkyroadCommand.OK;
        }
    }

    /** {@code skyroad sync status}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show changes waiting, the hub or the enrolled stations, and recent batches with their states.")
    public static final class Status implements Callable<Integer> {

        @ParentCommand
        SyncCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Batches listed each way (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            Path db = Headless.existingDatabase(parent.root.database());
            PrintWriter out = spec.commandLine().getOut();
            try (StationRuntime rt = Headless.open(db)) {
                SyncStatus s = rt.sync().status(limit);
                out.println(Messages.get("cli.sync.statusHead", s.stationCode(), s.ownFingerprint(), s.pendingChanges(),
                        s.lastSync().map(Object::toString).orElse("-")));
                for (PeerInfo p : s.peers()) {
                    out.println(peerLine(p));
                }
                for (BatchInfo b : s.outgoing()) {
                    out.println(batchLine("out", b));
                }
                for (BatchInfo b : s.incoming()) {
                    out.println(batchLine("in ", b));
                }
                return SkyroadCommand.OK;
            }
        }
    }

    static String peerLine(PeerInfo p) {
        return String.join("\t", p.hub() ? "hub" : "station", p.code(), p.name() == null ? "" : p.name(), p.fingerprint(),
                "in " + p.lastInSeq(), "out " + p.lastOutSeq(), "acknowledged " + p.acknowledgedBatchSeq(),
                p.hasGap() ? Messages.get("error.sync.missing", p.missingSeq(), p.code()) : "",
                p.refusedCount() > 0 ? "refused " + p.refusedCount() : "", "waiting " + p.waitingRecords());
    }

    static String batchLine(String direction, BatchInfo b) {
        return String.join("\t", direction, b.fileName() == null ? "" : b.fileName(),
                Messages.get(b.state().labelKey()), b.recordCount() + " records",
                b.stateAt() == null ? "" : b.stateAt().toString(), b.reason());
    }

    /** {@code skyroad sync now --hub URL}. */
    @Command(name = "now", mixinStandardHelpOptions = true,
            description = "Upload waiting batches to the hub over the network and fetch its return batches.")
    public static final class Now implements Callable<Integer> {

        @ParentCommand
        SyncCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--hub", required = true, paramLabel = "URL", description = "The hub's address, like http://hub.example:8377/")
        String hub;

        @Option(names = "--proxy", paramLabel = "HOST:PORT", description = "An HTTP proxy to go through.")
        String proxy;

        @Option(names = "--retries", defaultValue = "5", paramLabel = "N",
                description = "Retries after a network failure, waiting longer each time (default: ${DEFAULT-VALUE}).")
        int retries;

        @Override
        public Integer call() {
            URI uri;
            try {
                uri = URI.create(hub.strip());
                if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("cli.sync.hubUrl", hub);
            }
            if (retries < 0 || retries > 20) {
                throw new InvalidInputException("cli.sync.retries", retries);
            }
            HubClient.Options options = HubClient.Options.defaults(uri)
                    .withRetries(retries + 1, Duration.ofSeconds(1), Duration.ofSeconds(30));
            if (proxy != null) {
                HubClient.proxyAddress(proxy);
                options = options.withProxy(proxy);
            }
            Path db = Headless.existingDatabase(parent.root.database());
            try (StationRuntime rt = Headless.open(db)) {
                SyncDesk desk = rt.sync();
                ConsoleProgress progress = ConsoleProgress.forConsole(spec.commandLine().getErr());
                SyncNowResult r = desk.syncNow(new HubClient(options, desk.maxBatchBytes()), progress);
                progress.finish();
                PrintWriter out = spec.commandLine().getOut();
                PrintWriter err = spec.commandLine().getErr();
                r.made().ifPresent(m -> out.println(Messages.get("cli.sync.made", m.fileName(), m.recordCount())));
                int exit = SkyroadCommand.OK;
                for (ImportOutcome o : r.uploaded()) {
                    exit = Math.max(exit, report(List.of(o), out, err));
                }
                exit = Math.max(exit, report(r.fetched(), out, err));
                if (r.uploaded().isEmpty() && r.fetched().isEmpty()) {
                    out.println(Messages.get("cli.sync.upToDate"));
                }
                return exit;
            }
        }
    }
}
