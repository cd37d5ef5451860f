package org.skyroad.station.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.sync.SyncWorld.Node;

/**
 * Random station work, batches exported after each round, some carried at once, some late and
 * out of order, some twice: in the end the hub's copy of the station equals the station, and
 * after the hub's return batch the station knows exactly what the hub has.
 */
class RoundTripPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 2026})
    void theHubsCopyEqualsTheStationWhateverTheOrderOfArrival(long seed) throws Exception {
        Random random = new Random(seed);
        try (SyncWorld world = SyncWorld.paired(dir.resolve("w" + seed))) {
            Node hub = world.hub();
            Node station = world.station();
            List<Village> villages = new ArrayList<>();
            List<Villager> villagers = new ArrayList<>();
            List<Path> late = new ArrayList<>();
            int rounds = 4 + random.nextInt(3);
            for (int round = 0; round < rounds; round++) {
                work(station, random, villages, villagers);
                ExportResult r = station.desk().export(dir.resolve("stick" + seed), Progress.NONE).orElseThrow();
                double fate = random.nextDouble();
                if (fate < 0.35) {
                    late.add(r.file()); // on a stick still travelling
                } else {
                    ImportOutcome.State first = hub.desk().importFile(r.file(), Progress.NONE).state();
                    assertTrue(first != ImportOutcome.State.REFUSED);
                    if (fate > 0.8) {
                        ImportOutcome.State again = hub.desk().importFile(r.file(), Progress.NONE).state();
                        assertEquals(first == ImportOutcome.State.APPLIED ? ImportOutcome.State.ALREADY_APPLIED : first, again,
                                "copied twice");
                    }
                }
                if (random.nextBoolean()) {
                    hub.desk().exportReturn("TS-003", dir.resolve("back" + seed), Progress.NONE)
                            .ifPresent(b -> station.desk().importFile(b.file(), Progress.NONE));
                }
            }
            Collections.shuffle(late, random);
            for (Path p : late) {
                assertTrue(hub.desk().importFile(p, Progress.NONE).state() != ImportOutcome.State.REFUSED);
            }
            station.desk().export(dir.resolve("stick" + seed), Progress.NONE)
                    .ifPresent(r -> hub.desk().importFile(r.file(), Progress.NONE));
            assertTrue(hub.desk().peers().stream().noneMatch(PeerInfo::hasGap), "every batch arrived in the end");

            assertEquals(stationData(station), hubCopy(hub), "the hub's copy equals the station");

            hub.desk().exportReturn("TS-003", dir.resolve("back" + seed), Progress.NONE)
                    .ifPresent(b -> assertEquals(ImportOutcome.State.APPLIED,
                            station.desk().importFile(b.file(), Progress.NONE).state()));
            assertEquals(0, station.rt().settings().status().pendingChanges(), "the hub acknowledged every change");
            assertEquals(0, station.count("SELECT COUNT(*) FROM outbox WHERE acknowledged_at IS NULL"));
            long lastOut = station.desk().peers().get(0).lastOutSeq();
            assertEquals(lastOut, station.desk().peers().get(0).acknowledgedBatchSeq());
            assertTrue(station.desk().batches(true, null, 100).stream().allMatch(b -> b.state() == BatchState.ACKNOWLEDGED));
        }
    }

    private static void work(Node station, Random random, List<Village> villages, List<Villager> villagers) {
        int steps = 3 + random.nextInt(12);
        for (int i = 0; i < steps; i++) {
            int what = random.nextInt(10);
            if (what == 0 || villages.isEmpty()) {
                villages.add(station.rt().villagers().addVillage("村" + UUID.randomUUID().toString().substring(0, 8)));
            } else if (what == 1) {
                int k = random.nextInt(villages.size());
                Village v = villages.get(k);
                villages.set(k, station.rt().villagers().renameVillage(v.id(), v.name() + "新"));
            } else if (what < 6 || villagers.isEmpty()) {
                Village v = villages.get(random.nextInt(villages.size()));
                villagers.add(station.rt().villagers().create(new VillagerDraft("扎西 " + random.nextInt(100000), null, v.id(),
                        null, "户" + random.nextInt(50), null, random.nextBoolean(), random.nextBoolean()), true));
            } else {
                int k = random.nextInt(villagers.size());
                Villager v = station.rt().villagers().get(villagers.get(k).id());
                villagers.set(k, station.rt().villagers().update(v.id(), v.version(), new VillagerDraft(v.name().value() + "·",
                        null, v.villageId(), null, v.household(), "notes " + random.nextInt(9), v.consentPickup(),
                        !v.consentDelivery()), true));
            }
        }
    }

    private static final java.util.regex.Pattern INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");

    /**
     * Instants to the microsecond, as the database keeps them: a snapshot taken when a record
     * is born carries the clock's nanoseconds, the same record read back has microseconds.
     */
    private static String micros(String json) {
        return INSTANT.matcher(json).replaceAll(m -> java.time.Instant.parse(m.group()).plusNanos(500)
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString());
    }

    /** The station's records as it would send them now: the latest snapshot of each, by entity and id. */
    private static Map<String, String> stationData(Node station) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (Villager v : station.rt().villagers().find("扎西", 10_000)
                .stream().map(m -> m.villager()).toList()) {
            out.put("villager/" + v.id(), micros(JSON.writeValueAsString(v.snapshot())));
        }
        for (Village v : station.rt().villagers().villages()) {
            out.put("village/" + v.id(), micros(JSON.writeValueAsString(v.snapshot())));
        }
        out.put("station/" + org.skyroad.station.service.StationSetup.stationUuid(station.rt().settings().station().code()),
                micros(JSON.writeValueAsString(station.rt().settings().station().snapshot())));
        for (var s : station.rt().staff().list()) {
            out.put("staff/" + s.id(), micros(JSON.writeValueAsString(s.snapshot())));
        }
        return out;
    }

    private static Map<String, String> hubCopy(Node hub) {
        Map<String, String> out = new TreeMap<>();
        hub.rt().database().transactions().read(() -> hub.rt().database().jdbc().query(
                "SELECT entity, entity_id, payload FROM sync_replica WHERE station_code = 'TS-003' AND deleted = FALSE",
                rs -> out.put(rs.getString(1) + "/" + rs.getObject(2, UUID.class), normalise(rs.getString(3)))));
        return out;
    }

    private static String normalise(String json) {
        try {
            return micros(JSON.writeValueAsString(JSON.readTree(json)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
