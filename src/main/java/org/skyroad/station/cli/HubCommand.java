package org.skyroad.station.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.persistence.Database;
import org.skyroad.station.sync.BatchInfo;
import org.skyroad.station.sync.ExportResult;
import org.skyroad.station.sync.HubServer;
import org.skyroad.station.sync.ImportOutcome;
import org.skyroad.station.sync.PeerInfo;
import org.skyroad.station.sync.SyncDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skyroad hub enroll|trust|serve|return|stations|release|queue}: the trust between a hub and
 * its stations, the hub's endpoint, and the hub's return batches.
 */
@Command(name = "hub", mixinStandardHelpOptions = true, description = "The county hub: enrolment, trust, endpoint, return batches.",
        subcommands = {HubCommand.Enroll.class, HubCommand.Trust.class, HubCommand.Serve.class, HubCommand.Return.class,
            HubCommand.Stations.class, HubCommand.Release.class, HubCommand.Queue.class})
public final class HubCommand {

    public static final int DEFAULT_PORT = 8377;

    @ParentCommand
    SkyroadCommand root;

    static void printPeer(PrintWriter out, String key, PeerInfo p) {
        out.println(Messages.get(key, p.code(), p.name() == null ? "" : p.name(), p.fingerprint()));
    }

    /** {@code skyroad hub enroll FILE}, at the hub. */
    @Command(name = "enroll", mixinStandardHelpOptions = true,
            description = "At the hub: enrol a station from its enrolment file. Compare the fingerprint with the station by phone.")
    public static final class Enroll implements Callable<Integer> {

        @ParentCommand
        HubCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--fingerprint", paramLabel = "XXXX-XXXX-XXXX-XXXX",
                description = "The fingerprint the station read out; the file must match it.")
        String fingerprint;

        @Option(names = "--replace", description = "Replace the keys of a station enrolled before (a reinstalled laptop).")
        boolean replace;

        @Override
        public Integer call() {
            Path db = Headless.existingDatabase(parent.root.database());
            try (StationRuntime rt = Headless.open(db)) {
                PeerInfo p = rt.sync().enroll(file, fingerprint, replace);
                printPeer(spec.commandLine().getOut(), "cli.sync.enrolled", p);
                return SkyroadCommand.OK;
            }
        }
    }

    /** {@code skyroad hub trust FILE}, at a station. */
    @Command(name = "trust", mixinStandardHelpOptions = true,
            description = "At a station: trust the county hub from its enrolment file. Compare the fingerprint with the hub by phone.")
    public static final class Trust implements Callable<Integer> {

        @ParentCommand
        HubCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--fingerprint", paramLabel = "XXXX-XXXX-XXXX-XXXX",
                description = "The fingerprint the hub read out; the file must match it.")
        String fingerprint;

        @Option(names = "--replace", description = "Replace the hub's keys trusted before.")
        boolean replace;

        @Override
        public Integer call() {
            Path db = Headless.existingDatabase(parent.root.database());
            try (StationRuntime rt = Headless.open(db)) {
                PeerInfo p = rt.sync().trustHub(file, fingerprint, replace);
                printPeer(spec.commandLine().getOut(), "cli.sync.trusted", p);
                return SkyroadCommand.OK;
            }
        }
    }

    /** {@code skyroad hub serve --port N}. */
    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Run the hub's sync endpoint until stopped (Ctrl+C).")
    public static final class Serve implements Callable<Integer> {

        @ParentCommand
        HubCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--port", defaultValue = "" + DEFAULT_PORT, paramLabel = "N",
                description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--bind", defaultValue = "0.0.0.0", paramLabel = "ADDRESS",
                description = "Address to listen on; 127.0.0.1 for this machine only (default: ${DEFAULT-VALUE}).")
        String bind;

        @Option(names = "--uploads", paramLabel = "DIR",
                description = "Folder for uploads in progress (default: sync-uploads beside the database).")
        Path uploads;

        @Option(names = "--stop-after", paramLabel = "SECONDS", description = "Stop by itself after this long (for scripts).")
        Long stopAfter;

        @Override
        public Integer call() throws Exception {
            if (port < 0 || port > 65535) {
                throw new InvalidInputException("cli.sync.port", port);
            }
            InetAddress address;
            try {
                address = InetAddress.getByName(bind.strip());
            } catch (UnknownHostException e) {
                throw new InvalidInputException("cli.sync.bind", bind);
            }
            Path db = Headless.existingDatabase(parent.root.database());
            Path folder = uploads != null ? uploads : Database.normalize(db).getParent().resolve("sync-uploads");
            CountDownLatch stop = new CountDownLatch(1);
            try (StationRuntime rt = Headless.open(db)) {
                SyncDesk desk = rt.sync();
                if (!rt.settings().station().isHub()) {
                    throw new InvalidInputException("error.sync.returnNotHub");
                }
                try (HubServer server = HubServer.start(desk, new InetSocketAddress(address, port), folder)) {
                    Thread hook = new Thread(stop::countDown, "hub-stop");
                    Runtime.getRuntime().addShutdownHook(hook);
                    spec.commandLine().getOut().println(Messages.get("cli.sync.serving", rt.settings().station().code(),
                            server.uri(), desk.ownFingerprint()));
                    spec.commandLine().getOut().flush();
                    if (stopAfter != null) {
                        stop.await(stopAfter, TimeUnit.SECONDS);
                    } else {
                        stop.await();
                    }
                    try {
                        Runtime.getRuntime().removeShutdownHook(hook);
                    } catch (IllegalStateException shuttingDown) {
                        // the JVM is already stopping: the hook ran
                    }
                }
                return SkyroadCommand.OK;
            }
        }
    }

    /** {@code skyroad hub return --station CODE --to DIR}. */
    @Command(name = "return", mixinStandardHelpOptions = true,
            description = "At the hub: write the return batch of one station (or of all) into a folder, for the postal run.")
    public static final class Return implements Callable<Integer> {

        @ParentCommand
        HubCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--station", paramLabel = "CODE", description = "The station; every enrolled station when left out.")
        String station;

        @Option(names = "--to", required = true, paramLabel = "DIR")
        Path to;

        @Override
        public Integer call() {
            Path db = Headless.existingDatabase(parent.root.database());
            try (StationRuntime rt = Headless.open(db)) {
                SyncDesk desk = rt.sync();
                ConsoleProgress progress = ConsoleProgress.forConsole(spec.commandLine().getErr());
                List<ExportResult> written = station == null ? desk.exportReturns(to, progress)
                        : desk.exportReturn(station, to, progress).map(List::of).orElse(List.of());
                progress.finish();
                for (ExportResult r : written) {
                    spec.commandLine().getOut().println(r.file());
                }
                if (written.isEmpty()) {
                    spec.commandLine().getOut().println(Messages.get("cli.sync.nothingPending"));
                }
                return SkyroadCommand.OK;
            }
        }
    }

    /** {@code skyroad hub stations}: the enrolled stations, their last batches, gaps and refusals. */
    @Command(name = "stations", mixinStandardHelpOptions = true,
            description = "At the hub: the enrolled stations with their last batch in and out, gaps and refused batches.")
    public static final class Stations implements Callable<Integer> {

        @ParentCommand
        HubCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--refused", defaultValue = "10", paramLabel = "N", description = "Refused batches listed (default: ${DEFAULT-VALUE}).")
        int refused;

        @Override
        public Integer call() {
            Path db = Headless.existingDatabase(parent.root.database());
            PrintWriter out = spec.commandLine().getOut();
            try (StationRuntime rt = Headless.open(db)) {
                SyncDesk desk = rt.sync();
                for (PeerInfo p : desk.peers()) {
                    out.println(SyncCommand.peerLine(p));
                }
                if (refused > 0) {
                    for (BatchInfo b : desk.refused(refused)) {
                        out.println(SyncCommand.batchLine("refused", b));
                    }
                }
                return SkyroadCommand.OK;
            }
        }
    }

    /** {@code skyroad hub release CODE}: go on without a batch that is lost for good. */
    @Command(name = "release", mixinStandardHelpOptions = true,
            description = "Apply batches held for a missing one that is lost for good, when they carry everything it did.")
    public static final class Release implements Callable<Integer> {

        @ParentCommand
        HubCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CODE", description = "The station (at a hub) or the hub (at a station) that sent the held batches.")
        String from;

        @Override
        public Integer call() {
            Path db = Headless.existingDatabase(parent.root.database());
            try (StationRuntime rt = Headless.open(db)) {
                ConsoleProgress progress = ConsoleProgress.forConsole(spec.commandLine().getErr());
                ImportOutcome o = rt.sync().releaseHeld(from, progress);
                progress.finish();
                return SyncCommand.report(List.of(o), spec.commandLine().getOut(), spec.commandLine().getErr());
            }
        }
    }


    /** {@code skyroad hub queue ENTITY --station CODE --id UUID field=value...}: a hub-owned update for the return batches. */
    @Command(name = "queue", mixinStandardHelpOptions = true,
            description = "At the hub: queue a hub-owned update (catalog.item, catalog.price, order.platform, parcel.expected, "
                    + "goods.receipt, goods.settlement) for a station's next return batch.")
    public static final class Queue implements Callable<Integer> {

        @ParentCommand
        HubCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ENTITY")
        String entity;

        @Parameters(index = "1..*", paramLabel = "FIELD=VALUE", description = "The hub-owned fields, e.g. platformOrderNo=123 "
                + "trackingNumber=SF1234567890.")
        List<String> fields = List.of();

        @Option(names = "--station", paramLabel = "CODE", description = "The station; every station for the county catalog.")
        String station;

        @Option(names = "--id", required = true, paramLabel = "UUID", description = "The record's id (the order's, the item's ...).")
        String id;

        @Option(names = "--delete", description = "Withdraw the record (switch a catalog item off, cancel an announced parcel).")
        boolean delete;

        @Override
        public Integer call() {
            java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
            for (String f : fields) {
                int eq = f.indexOf('=');
                if (eq <= 0) {
                    throw new InvalidInputException("cli.sync.fieldPair", f);
                }
                values.put(f.substring(0, eq).strip(), f.substring(eq + 1).strip());
            }
            Path db = Headless.existingDatabase(parent.root.database());
            try (StationRuntime rt = Headless.open(db)) {
                var q = rt.hubReturns().queue(station, entity, org.skyroad.station.service.HubUpdates.id(id),
                        delete ? org.skyroad.station.domain.common.ChangeLog.Operation.DELETE
                                : org.skyroad.station.domain.common.ChangeLog.Operation.UPDATE, values);
                spec.commandLine().getOut().println(Messages.get("cli.sync.queued", q.entity(), q.entityId(), q.version(),
                        q.stations()));
                return SkyroadCommand.OK;
            }
        }
    }
}
