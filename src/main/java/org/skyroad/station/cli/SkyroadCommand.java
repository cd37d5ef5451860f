package org.skyroad.station.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skyroad.station.bootstrap.DataFolders;
import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.app.DesktopLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skyroad}: with no command it opens the desktop app; with one it runs headless.
 * Exit 0 on success, 2 when the input is refused (one sentence on stderr, nothing written).
 */
@Command(name = "skyroad", mixinStandardHelpOptions = true,
        versionProvider = SkyroadCommand.Version.class,
        description = "SkyRoad Station: run a rural e-commerce service station, offline first.",
        subcommands = {
            InitCommand.class,
            DemoCommand.class,
            VillagerCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            ParcelCommand.class,
            LotCommand.class,
            OrderCommand.class,
            ReportCommand.class,
            SyncCommand.class,
            HubCommand.class,
            StationCommand.class,
            org.skyroad.station.cli.bench.BenchCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class SkyroadCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int REFUSED = 2;

    @Option(names = "--db", scope = CommandLine.ScopeType.INHERIT, paramLabel = "PATH",
            description = "The station database file (default: station.mv.db in the user's data folder).")
    Path db;

    @Option(names = "--demo", description = "Open the demo station (its own database, filled on first use).")
    boolean demo;

    @Option(names = "--lang", paramLabel = "zh|en|bo", description = "Interface language for this run.")
    String lang;

    @Parameters(arity = "0..1", paramLabel = "FILE.srb",
            description = "A sync batch to import: the app opens and, after sign-in, offers to import it "
                    + "(what opening a .srb file does).")
    Path batch;

    /** The database the command works on: --db, or the default in the user's data folder. */
    public Path database() {
        if (db != null) {
            return db;
        }
        return demo ? DataFolders.demoDatabase() : DataFolders.defaultDatabase();
    }

    /**
     * The database {@code skyroad demo} fills: --db when given, else the demo station's own
     * database, so demo villagers never land in the real station by accident.
     */
    public Path demoDatabase() {
        return db != null ? db : DataFolders.demoDatabase();
    }

    @Override
    public Integer call() {
        return DesktopLauncher.launch(options());
    }

    /** What the desktop app is started with; a mistyped command is refused here rather than taken for a file. */
    DesktopLauncher.Options options() {
        if (batch != null && !org.skyroad.station.ui.app.BatchFileOffer.isBatchFile(batch)) {
            throw new org.skyroad.station.domain.common.InvalidInputException("cli.batch.notBatch", batch);
        }
        return new DesktopLauncher.Options(database(), demo, lang, batch);
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs a command with the given output streams: the tests call this in-process. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        SkyroadCommand root = new SkyroadCommand();
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof StationException se) {
                err.println(se.getMessage());
                org.slf4j.LoggerFactory.getLogger(SkyroadCommand.class).debug("refused", se);
                return REFUSED;
            }
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            return REFUSED;
        });
        // --lang also sets the language of the sentences a headless command prints (refusals
        // included: they are worded in the exception handler, so the language is set back only at the end).
        java.util.Locale before = Messages.locale();
        cl.setExecutionStrategy(parseResult -> {
            if (root.lang != null && !root.lang.isBlank()) {
                Messages.setLocale(Messages.localeFor(root.lang));
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        try {
            return cl.execute(args);
        } finally {
            Messages.setLocale(before);
            out.flush();
            err.flush();
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SkyroadCommand.class.getPackage().getImplementationVersion();
            return new String[] {"SkyRoad Station " + (v == null ? "dev" : v)};
        }
    }
}
