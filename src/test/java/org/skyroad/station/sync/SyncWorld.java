package org.skyroad.station.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.service.StationSetup;
import org.skyroad.station.testsupport.TestStation;

/**
 * Real stations and hubs on real H2 files in a temp folder, each with its sync desk, enrolled
 * with each other the way people do it: enrolment files exchanged, fingerprints compared.
 */
public final class SyncWorld implements AutoCloseable {

    public static final String HUB = "NGA-HUB";
    public static final String STATION = "TS-003";

    /** One installation and its sync desk. */
    public record Node(StationRuntime rt, SyncDesk desk, Path dir) {

        String code() {
            return rt.settings().station().code().value();
        }

        Path enrolmentFile() {
            return desk.writeEnrolment(dir.resolve(code() + ".enrolment.json"));
        }

        public Villager villager(String name) {
            return rt.villagers().create(new VillagerDraft(name, null, null, null, null, null, true, true), true);
        }

        public long count(String sql, Object... args) {
            return rt.database().transactions().read(() -> rt.database().jdbc().queryLong(sql, args));
        }
    }

    private final Path root;
    private final Clock clock;
    private final List<Node> nodes = new ArrayList<>();

    SyncWorld(Path root) {
        this(root, Clock.systemUTC());
    }

    SyncWorld(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    static SyncDesk deskOf(StationRuntime rt) {
        return new SyncDesk(rt.serviceContext(), rt.database().jdbc(), new JdbcStationRepository(rt.database().jdbc()));
    }

    /** A county hub. */
    Node hub(String code) {
        return node(code, "county", null);
    }

    /** A village station of {@code hub}. */
    Node station(String code, String hub) {
        return node(code, "village", hub);
    }

    private Node node(String code, String level, String hub) {
        Path dir = root.resolve(code);
        copy(template(code, level, hub), dir);
        return open(code, dir);
    }

    private Node open(String code, Path dir) {
        StationRuntime rt = StationRuntime.open(dir.resolve("station"), clock);
        rt.session().signIn(Actor.system(TestStation.ADMIN));
        Node n = new Node(rt, deskOf(rt), dir);
        nodes.add(n);
        return n;
    }

    /**
     * Setting a station up hashes its admin password (slow on purpose), so each kind of
     * installation is made once per test run and copied for each test.
     */
    private static final Map<String, Path> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    private static synchronized Path template(String code, String level, String hub) {
        return TEMPLATES.computeIfAbsent(code + "/" + level + "/" + hub, k -> {
            try {
                Path dir = Files.createTempDirectory("skyroad-sync-template-");
                deleteOnExit(dir);
                try (StationRuntime rt = StationRuntime.open(dir.resolve("station"))) {
                    rt.setup().initialize(new StationSetup.Request(code, "站 " + code, level, hub, TestStation.ADMIN, "Admin",
                            TestStation.PASSWORD.toCharArray(), "zh"));
                    SyncKeys.ensureKeys(rt.database(), Clock.systemUTC());
                }
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The standard pair, enrolled both ways, made once and copied. */
    private static Path pairTemplate;

    private static synchronized Path pairTemplate() {
        if (pairTemplate == null) {
            try {
                Path dir = Files.createTempDirectory("skyroad-sync-pair-");
                deleteOnExit(dir);
                try (SyncWorld w = new SyncWorld(dir)) {
                    Node hub = w.hub(HUB);
                    Node st = w.station(STATION, HUB);
                    pair(hub, st);
                }
                pairTemplate = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pairTemplate;
    }

    private static void deleteOnExit(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // temp folder: the system cleans it in the end
            }
        }));
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            Files.copy(from.resolve("station.mv.db"), to.resolve("station.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hub enrols the station and the station trusts the hub, each from the other's file. */
    static void pair(Node hub, Node station) {
        Path stationFile = station.enrolmentFile();
        Path hubFile = hub.enrolmentFile();
        hub.desk().enroll(stationFile, station.desk().ownFingerprint(), false);
        station.desk().trustHub(hubFile, hub.desk().ownFingerprint(), false);
    }

    /** The standard pair: hub NGA-HUB with station TS-003, enrolled both ways. */
    public static SyncWorld paired(Path root) {
        return paired(root, Clock.systemUTC());
    }

    static SyncWorld paired(Path root, Clock clock) {
        Path template = pairTemplate();
        SyncWorld w = new SyncWorld(root, clock);
        for (String code : List.of(HUB, STATION)) {
            copy(template.resolve(code), root.resolve(code));
            w.open(code, root.resolve(code));
        }
        return w;
    }

    Node get(String code) {
        return nodes.stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }

    public Node hub() {
        return get(HUB);
    }

    public Node station() {
        return get(STATION);
    }

    public Path folder(String name) {
        return root.resolve(name);
    }

    /**
     * Every row of every table, sorted, except the batch list (which a refusal adds to):
     * "the database is unchanged" compared whole.
     */
    static Map<String, List<String>> dump(StationRuntime rt) {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = rt.database().dataSource().getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                if (t.equalsIgnoreCase("sync_batch") || t.equalsIgnoreCase("sync_batch_file")) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder sb = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            int type = md.getColumnType(i);
                            boolean binary = type == java.sql.Types.BLOB || type == java.sql.Types.VARBINARY
                                    || type == java.sql.Types.BINARY || type == java.sql.Types.LONGVARBINARY;
                            byte[] b = binary ? rs.getBytes(i) : null;
                            sb.append(binary ? (b == null ? "null" : java.util.HexFormat.of().formatHex(b)) : rs.getString(i)).append('|');
                        }
                        rows.add(sb.toString());
                    }
                }
                rows.sort(null);
                out.put(t, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Override
    public void close() {
        for (Node n : nodes) {
            n.rt().close();
        }
    }
}
