package org.skyroad.station.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.cli.Headless;
import org.skyroad.station.cli.SkyroadCommand;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.sync.SyncBench;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.persistence.Database;
import org.skyroad.station.service.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skyroad bench}: the benchmark harness (not a test). Builds a large station in a
 * temporary folder, measures the service beside a raw JDBC baseline in the same run, and
 * writes a Markdown table. Each figure is read as a ratio to its baseline, which makes it
 * comparable from one machine to another.
 *
 * <p>To add a figure: measure both sides in {@link #measure} and {@code table.add(BenchRow...)}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the station's services (villagers, sync, parcels, orders, local goods, county report) against raw baselines.")
public final class BenchCommand implements Callable<Integer> {

    public static final int MIN_VILLAGERS = 100;
    public static final int MAX_VILLAGERS = 1_000_000;
    public static final int MAX_QUERIES = 100_000;
    /** The largest size of any other row (parcels, orders, producers, report stations and parcels). */
    public static final int MAX_ROWS = 10_000_000;
    static final int SEARCH_LIMIT = 50;
    /** DemoData commits villagers 1,000 at a time; the raw baseline commits the same chunks. */
    static final int CHUNK = 1_000;
    static final int WARMUP_VILLAGERS = 5_000;
    static final int OPEN_REPEATS = 3;
    /** However slow a search is, at least this many are measured before the time budget may stop a kind. */
    static final int MIN_MEASURED = 10;
    /** The app's own URL settings: the raw baselines run with exactly the same. */
    static final String APP_URL_SETTINGS = Database.SETTINGS;

    @Spec
    CommandSpec spec;

    @Option(names = "--villagers", defaultValue = "100000", paramLabel = "N",
            description = "Villagers in the benchmark station, 100 to 1000000 (default: ${DEFAULT-VALUE}).")
    int villagers;

    @Option(names = "--queries", defaultValue = "200", paramLabel = "N",
            description = "Measured searches of each kind (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--sync-records", defaultValue = "100000", paramLabel = "N",
            description = "Outbox entries exported and imported in the sync rows, 0 to leave them out (default: ${DEFAULT-VALUE}).")
    int syncRecords;

    @Option(names = "--parcels", defaultValue = "1000000", paramLabel = "N",
            description = "Parcels in the station of the parcel check-in and lookup rows, 0 to leave them out (default: ${DEFAULT-VALUE}).")
    int parcels;

    @Option(names = "--orders", defaultValue = "500000", paramLabel = "N",
            description = "Orders (over a year, with their cash movements) in the station of the order and drawer rows, "
                    + "0 to leave them out (default: ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--producers", defaultValue = "1000", paramLabel = "N",
            description = "Producers settled for a month in the settlement row, 0 to leave it out (default: ${DEFAULT-VALUE}).")
    int producers;

    @Option(names = "--trace-lots", defaultValue = "200000", paramLabel = "N",
            description = "Lots in the station of the lot trace row (run with the settlement row), 0 to leave it out "
                    + "(default: ${DEFAULT-VALUE}).")
    int traceLots;

    @Option(names = "--report-stations", defaultValue = "100", paramLabel = "N",
            description = "Stations in the county report row, 0 to leave it out (default: ${DEFAULT-VALUE}).")
    int reportStations;

    @Option(names = "--report-parcels", defaultValue = "10000", paramLabel = "N",
            description = "Parcels of each station in the county report's month (default: ${DEFAULT-VALUE}).")
    int reportParcels;

    @Option(names = "--saves", defaultValue = "200", paramLabel = "N",
            description = "Measured parcel check-ins, order saves and parcel lookups of each kind (default: ${DEFAULT-VALUE}).")
    int saves;

    @Option(names = "--only", split = ",", paramLabel = "GROUPS",
            description = "Only these groups of rows, e.g. parcels,report: villagers, sync, parcels, orders, goods, report "
                    + "(default: all).")
    List<String> onlyNames;

    private java.util.EnumSet<Group> only;

    /** Groups of rows that can be run alone. */
    enum Group {
        VILLAGERS, SYNC, PARCELS, ORDERS, GOODS, REPORT;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(names = "--out", defaultValue = "target/bench-results.md", paramLabel = "FILE",
            description = "Where the Markdown table is written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Demo data seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--budget", defaultValue = "20", paramLabel = "SECONDS",
            description = "Time allowed for the measured searches of one kind; fewer are measured when it runs out "
                    + "(default: ${DEFAULT-VALUE}).")
    int budgetSeconds;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Folder for the temporary station, deleted afterwards (default: the system's temp folder).")
    Path dir;

    private PrintWriter err;

    /** Kinds of search an operator makes at the counter, and how a realistic text is drawn for each. */
    enum Kind {
        PHONE_TAIL("find by phone tail (4 digits)"),
        FULL_PHONE("find by whole phone number"),
        NAME_PREFIX_ZH("find by name prefix, Chinese"),
        NAME_PREFIX_BO("find by name prefix, Tibetan"),
        NAME_CONTAINS("find by text inside a name"),
        ID_TAIL("find by ID-card tail ending in X");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (villagers < MIN_VILLAGERS || villagers > MAX_VILLAGERS) {
            throw new InvalidInputException("cli.bench.villagers", MIN_VILLAGERS, MAX_VILLAGERS, villagers);
        }
        if (syncRecords < 0 || syncRecords > MAX_VILLAGERS) {
            throw new InvalidInputException("cli.bench.syncRecords", MAX_VILLAGERS, syncRecords);
        }
        if (queries < 1 || queries > MAX_QUERIES) {
            throw new InvalidInputException("cli.bench.queries", MAX_QUERIES, queries);
        }
        only = groups(onlyNames);
        checkSize("--parcels", parcels, 0);
        checkSize("--orders", orders, 0);
        checkSize("--producers", producers, 0);
        checkSize("--trace-lots", traceLots, 0);
        checkSize("--report-stations", reportStations, 0);
        checkSize("--report-parcels", reportParcels, 1);
        checkSize("--saves", saves, 1);
        if (budgetSeconds < 1 || budgetSeconds > 3600) {
            throw new InvalidInputException("cli.bench.budget", 3600, budgetSeconds);
        }
        Path outFile = checkOut(out);
        Path parent = dir == null ? Path.of(System.getProperty("java.io.tmpdir")) : dir.toAbsolutePath().normalize();
        Path work;
        try {
            Files.createDirectories(parent);
            work = Files.createTempDirectory(parent, "skyroad-bench-");
        } catch (IOException | SecurityException e) {
            throw new StorageException(e, "cli.bench.dir", parent);
        }
        err = spec.commandLine().getErr();
        BenchTable table;
        // Ctrl-C ends the JVM without running finally blocks: the hook still removes the big temp station.
        Thread cleanup = new Thread(() -> deleteRecursively(work), "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            table = measure(work);
        } finally {
            deleteRecursively(work);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
        String md = table.markdown();
        writeAtomically(outFile, md);
        PrintWriter o = spec.commandLine().getOut();
        o.print(md);
        o.println();
        o.println("Written to " + outFile);
        return SkyroadCommand.OK;
    }

    private BenchTable measure(Path work) throws SQLException {
        long runStart = System.nanoTime();
        BenchTable table = new BenchTable("SkyRoad Station benchmark");
        table.about("date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .about("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                        + System.getProperty("java.version") + ", max heap "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB")
                .about("command: skyroad bench --villagers " + villagers + " --queries " + queries + " --seed " + seed
                        + " --budget " + budgetSeconds + " --sync-records " + syncRecords + " --parcels " + parcels
                        + " --orders " + orders + " --producers " + producers + " --report-stations " + reportStations
                        + " --report-parcels " + reportParcels + " --saves " + saves
                        + (only.size() == Group.values().length ? "" : " --only "
                                + String.join(",", only.stream().map(Group::label).toList())))
                .about("H2 file databases in " + work.getParent() + ", opened with the app's URL settings ("
                        + APP_URL_SETTINGS + ")");

        if (runs(Group.VILLAGERS)) {
            villagerRows(work, table);
        }
        // 5. Sync: export and import of outbox entries vs a raw batch insert of the same rows.
        if (syncRecords > 0 && runs(Group.SYNC)) {
            note("sync: export and import of " + syncRecords + " outbox entries...");
            SyncBench.Result s = SyncBench.measure(work.resolve("sync"), syncRecords, seed, Progress.NONE);
            table.add(BenchRow.rate("sync export, " + syncRecords + " outbox entries", "records/s", s.exportPerSecond(),
                    s.rawInsertPerSecond(), "service: export to a file (read, gzip, seal, sign, record, atomic write); "
                            + "raw: JDBC batch insert of the same rows into H2, one transaction"));
            table.add(BenchRow.rate("sync import at the hub, " + syncRecords + " records", "records/s", s.importPerSecond(),
                    s.rawInsertPerSecond(), "service: every check, then apply to the replica in one transaction; "
                            + "raw: the same rows batch-inserted"));
            table.remark("sync batch bytes per 1,000 records: " + Math.round(s.bytesPerThousandRecords()));
        }
        DeskBench desks = new DeskBench(seed, saves, this::note);
        if (parcels > 0 && runs(Group.PARCELS)) {
            note("parcels: check-in and lookup on a station with " + parcels + " parcels");
            desks.parcels(work, parcels, table);
            deleteRecursively(work.resolve("parcels"));
        }
        if (orders > 0 && runs(Group.ORDERS)) {
            note("orders: save and the cash drawer on a station with " + orders + " orders");
            desks.orders(work, orders, table);
            deleteRecursively(work.resolve("orders"));
        }
        if (producers > 0 && runs(Group.GOODS)) {
            note("local goods: settlement of " + producers + " producers");
            desks.settlement(work, producers, traceLots, table);
            deleteRecursively(work.resolve("goods"));
        }
        if (reportStations > 0 && runs(Group.REPORT)) {
            note("county report: " + reportStations + " stations x " + reportParcels + " parcels");
            desks.countyReport(work, reportStations, reportParcels, table);
            deleteRecursively(work.resolve("hub"));
        }
        table.about("whole run: " + seconds(System.nanoTime() - runStart) + " s (with warm-up)");
        return table;
    }

    private static void checkSize(String option, int value, int min) {
        if (value < min || value > MAX_ROWS) {
            throw new InvalidInputException("cli.bench.size", option, min, MAX_ROWS, value);
        }
    }

    private boolean runs(Group group) {
        return only.contains(group);
    }

    private static java.util.EnumSet<Group> groups(List<String> names) {
        if (names == null || names.isEmpty()) {
            return java.util.EnumSet.allOf(Group.class);
        }
        java.util.EnumSet<Group> set = java.util.EnumSet.noneOf(Group.class);
        for (String name : names) {
            try {
                set.add(Group.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("cli.bench.only", name,
                        String.join(", ", java.util.Arrays.stream(Group.values()).map(Group::label).toList()));
            }
        }
        return set;
    }

    /** Villager generation, search and opening the station. */
    private void villagerRows(Path work, BenchTable table) throws SQLException {
            // 1. Warm-up: the same work on a small throwaway station, so the measured runs are JIT-compiled.
            int warmN = Math.min(villagers, WARMUP_VILLAGERS);
            note("warming up with " + warmN + " villagers");
            try (StationRuntime w = Headless.open(work.resolve("warmup").resolve("station"))) {
                w.demo().fill(seed + 1, 0, Progress.NONE);
                w.demo().fill(seed + 1, warmN, Progress.NONE);
                rawInsert(w.database(), work.resolve("warmup-raw").resolve("station"));
                List<String> names = column(w.database(), "SELECT name FROM villager");
                List<String> tails = column(w.database(), "SELECT phone_tail FROM villager WHERE phone_tail IS NOT NULL");
                try (Connection c = w.database().dataSource().getConnection()) {
                    Random r = new Random(seed);
                    for (int i = 0; i < 300; i++) {
                        String text = i % 2 == 0 ? names.get(r.nextInt(names.size())).substring(0, 1)
                                : tails.get(r.nextInt(tails.size()));
                        w.villagers().find(text, SEARCH_LIMIT);
                        RawJdbc.find(c, text, SEARCH_LIMIT);
                    }
                }
            }
            deleteRecursively(work.resolve("warmup"));
            deleteRecursively(work.resolve("warmup-raw"));

            // 2. Demo generation through the service, beside a raw batch insert of the same rows.
            Path stationFile = work.resolve("station").resolve("station");
            try (StationRuntime rt = Headless.open(stationFile)) {
                rt.demo().fill(seed, 0, Progress.NONE); // the station and its villages, not measured
                note("generating " + villagers + " villagers through the service");
                DemoData.Result gen = rt.demo().fill(seed, villagers, progressOnConsole());
                endProgressLine();
                note("inserting the same rows with raw JDBC batches");
                long rawNanos = rawInsert(rt.database(), work.resolve("raw").resolve("station"));
                deleteRecursively(work.resolve("raw"));
                double rawRate = villagers / (rawNanos / 1e9);
                table.add(BenchRow.rate("demo generation", "villagers/s", gen.villagersPerSecond(), rawRate,
                        "service: DemoData.fill, each villager checked and written with its audit and outbox rows, "
                                + "1,000 a transaction (" + seconds(gen.took().toNanos()) + " s); raw: the same villager rows only, "
                                + "PreparedStatement addBatch into a fresh database, commit every 1,000 (" + seconds(rawNanos) + " s)"));

                // 3. Villager search, per kind of text typed at the counter.
                note("measuring villager search, " + queries + " queries of each kind");
                Samples samples = new Samples(rt.database(), new Random(seed));
                int mismatches = 0;
                try (Connection raw = rt.database().dataSource().getConnection()) {
                    for (Kind kind : Kind.values()) {
                        List<String> texts = samples.texts(kind, queries + warmupQueries());
                        if (texts.isEmpty()) {
                            table.add(BenchRow.millis(kind.label + ", median", Double.NaN, Double.NaN, "no sample text in this station"));
                            continue;
                        }
                        Timings service = new Timings(queries);
                        Timings base = new Timings(queries);
                        int found = 0;
                        long budgetEnd = Long.MAX_VALUE;
                        long warmEnd = System.nanoTime() + budgetSeconds * 250_000_000L; // a quarter of the budget
                        for (int i = 0; i < texts.size(); i++) {
                            if (i > 2 && i < warmupQueries() && System.nanoTime() > warmEnd) {
                                i = warmupQueries(); // slow searches warm up quickly enough
                            }
                            boolean measured = i >= warmupQueries();
                            if (i == warmupQueries()) {
                                budgetEnd = System.nanoTime() + budgetSeconds * 1_000_000_000L;
                            } else if (measured && service.count() >= MIN_MEASURED && System.nanoTime() > budgetEnd) {
                                break;
                            }
                            String text = texts.get(i);
                            List<UUID> s;
                            List<UUID> r;
                            long t0;
                            long t1;
                            long t2;
                            // Alternate which side goes first, so neither always finds the cache warm.
                            if (i % 2 == 0) {
                                t0 = System.nanoTime();
                                s = ids(rt.villagers().find(text, SEARCH_LIMIT));
                                t1 = System.nanoTime();
                                r = RawJdbc.find(raw, text, SEARCH_LIMIT);
                                t2 = System.nanoTime();
                                if (measured) {
                                    service.add(t1 - t0);
                                    base.add(t2 - t1);
                                }
                            } else {
                                t0 = System.nanoTime();
                                r = RawJdbc.find(raw, text, SEARCH_LIMIT);
                                t1 = System.nanoTime();
                                s = ids(rt.villagers().find(text, SEARCH_LIMIT));
                                t2 = System.nanoTime();
                                if (measured) {
                                    base.add(t1 - t0);
                                    service.add(t2 - t1);
                                }
                            }
                            if (!s.equals(r)) {
                                mismatches++;
                            }
                            if (measured) {
                                found += s.size();
                            }
                        }
                        String measuredNote = service.count() < queries
                                ? service.count() + " of " + queries + " searches measured (the " + budgetSeconds + " s budget ran out)"
                                : service.count() + " searches measured";
                        String note = "find(text, " + SEARCH_LIMIT + ") vs the same SQL statements on one raw connection; e.g. \""
                                + texts.get(texts.size() - 1) + "\"; " + Timings.average(found, service.count())
                                + " villagers found on average; " + measuredNote;
                        note(kind.label + ": median " + BenchRow.figure(service.medianMillis()) + " ms, "
                                + service.count() + " measured");
                        table.add(BenchRow.millis(kind.label + ", median", service.medianMillis(), base.medianMillis(), note));
                        table.add(BenchRow.millis(kind.label + ", p95", service.p95Millis(), base.p95Millis(), ""));
                    }
                }
                if (mismatches > 0) {
                    table.remark("WARNING: " + mismatches + " searches found different villagers through the service and "
                            + "the raw SQL: the raw baseline no longer mirrors the repository's queries.");
                }
            }

            // 4. Opening the station (Flyway check and the quick integrity check) vs a raw connection.
            note("measuring the time to open the station");
            Timings open = new Timings(OPEN_REPEATS);
            Timings rawOpen = new Timings(OPEN_REPEATS);
            String url = "jdbc:h2:file:" + base(Database.normalize(stationFile)) + APP_URL_SETTINGS;
            for (int i = 0; i < OPEN_REPEATS; i++) {
                long t0 = System.nanoTime();
                StationRuntime rt = StationRuntime.open(stationFile);
                open.add(System.nanoTime() - t0);
                rt.close();
                t0 = System.nanoTime();
                try (Connection c = DriverManager.getConnection(url, "sa", "");
                     Statement st = c.createStatement()) {
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM villager")) {
                        rs.next();
                    }
                    rawOpen.add(System.nanoTime() - t0);
                    checkSettings(st, table);
                    st.execute("SHUTDOWN");
                }
            }
            table.add(BenchRow.millis("open the station, median of " + OPEN_REPEATS, open.medianMillis(), rawOpen.medianMillis(),
                    "service: StationRuntime.open (Flyway validate, quick integrity check: each table counted and its first 2,000 rows read); "
                            + "raw: DriverManager connection with the same URL settings and SELECT COUNT(*) FROM villager"));
    }

    /** Searches run before the measured ones of each kind (the whole program was warmed up before). */
    private static int warmupQueriesFor(int queries) {
        return Math.min(20, queries);
    }

    private int warmupQueries() {
        return warmupQueriesFor(queries);
    }

    /** Copies the villages (not timed), then batch-inserts every villager row of {@code from} into a fresh database. */
    private static long rawInsert(Database from, Path rawFile) throws SQLException {
        List<Object[]> villages;
        List<Object[]> rows;
        try (Connection c = from.dataSource().getConnection()) {
            villages = RawJdbc.readAll(c, "village", RawJdbc.VILLAGE_COLUMNS);
            rows = RawJdbc.readAll(c, "villager", RawJdbc.VILLAGER_COLUMNS);
        }
        // A fresh database with the same schema and the same URL settings as the app's.
        try (Database rawDb = Database.open(rawFile); Connection c = rawDb.dataSource().getConnection()) {
            RawJdbc.batchInsert(c, "village", RawJdbc.VILLAGE_COLUMNS, villages, CHUNK);
            return RawJdbc.batchInsertVillagers(c, rows, CHUNK);
        }
    }

    private static void checkSettings(Statement st, BenchTable table) throws SQLException {
        try (ResultSet rs = st.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            if (rs.next() && !"0".equals(rs.getString(1))) {
                table.remark("WARNING: the raw connection runs with WRITE_DELAY=" + rs.getString(1) + ", not the app's 0.");
            }
        }
    }

    private static List<UUID> ids(List<VillagerMatch> matches) {
        List<UUID> ids = new ArrayList<>(matches.size());
        for (VillagerMatch m : matches) {
            ids.add(m.villager().id());
        }
        return ids;
    }

    /** Realistic search texts drawn from the station's own villagers (read once, not timed). */
    static final class Samples {
        private final Random random;
        private final List<String> names;
        private final List<String> phones;
        private final List<String> idTailsX;

        Samples(Database db, Random random) throws SQLException {
            this.random = random;
            this.names = column(db, "SELECT name FROM villager");
            this.phones = column(db, "SELECT phone FROM villager WHERE phone IS NOT NULL");
            this.idTailsX = column(db, "SELECT id_tail FROM villager WHERE id_tail LIKE '%X'");
        }

        List<String> texts(Kind kind, int n) {
            List<String> pool = switch (kind) {
                case PHONE_TAIL -> derive(phones, p -> p.substring(p.length() - 4));
                case FULL_PHONE -> phones;
                case NAME_PREFIX_ZH -> derive(names, s -> startsWith(s, UnicodeScript.HAN) ? s.substring(0, Math.min(2, s.length())) : null);
                case NAME_PREFIX_BO -> derive(names, s -> startsWith(s, UnicodeScript.TIBETAN) ? firstTwoSyllables(s) : null);
                case NAME_CONTAINS -> derive(names, s -> startsWith(s, UnicodeScript.HAN) && s.length() >= 4 ? s.substring(1, 3) : null);
                case ID_TAIL -> idTailsX;
            };
            List<String> texts = new ArrayList<>(n);
            if (pool.isEmpty()) {
                return texts;
            }
            for (int i = 0; i < n; i++) {
                texts.add(pool.get(random.nextInt(pool.size())));
            }
            return texts;
        }

        private static List<String> derive(List<String> from, Function<String, String> f) {
            List<String> out = new ArrayList<>();
            for (String s : from) {
                String d = f.apply(s);
                if (d != null && !d.isEmpty()) {
                    out.add(d);
                }
            }
            return out;
        }

        private static boolean startsWith(String s, UnicodeScript script) {
            return !s.isEmpty() && UnicodeScript.of(s.codePointAt(0)) == script;
        }

        /** "བཀྲ་ཤིས་སྒྲོལ་མ" gives "བཀྲ་ཤིས": what an operator types before the list is short. */
        private static String firstTwoSyllables(String s) {
            int first = s.indexOf('\u0F0B');
            int second = first < 0 ? -1 : s.indexOf('\u0F0B', first + 1);
            return second < 0 ? s : s.substring(0, second);
        }
    }

    private static List<String> column(Database db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private Progress progressOnConsole() {
        return org.skyroad.station.cli.ConsoleProgress.forConsole(err);
    }

    private void endProgressLine() {
        if (System.console() != null) {
            err.println();
        }
    }

    private void note(String text) {
        if (System.console() != null) {
            err.println("bench: " + text);
            err.flush();
        }
    }

    static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static String base(Path dbFile) {
        String s = dbFile.toString();
        return s.substring(0, s.length() - Database.FILE_SUFFIX.length());
    }

    /** The results file, its folder made now: refused before minutes of work rather than after. */
    static Path checkOut(Path out) {
        Path file = out.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("cli.bench.out", file);
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException | SecurityException e) {
            throw new StorageException(e, "cli.bench.out", file);
        }
        if (!Files.isWritable(file.getParent()) || Files.exists(file) && !Files.isWritable(file)) {
            throw new StorageException("cli.bench.out", file);
        }
        return file;
    }

    private static void writeAtomically(Path file, String text) {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.writeString(part, text, StandardCharsets.UTF_8);
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StorageException(e, "cli.bench.out", file);
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a leftover temp file is not worth failing the run for
                }
            });
        } catch (IOException e) {
            // same
        }
    }
}
