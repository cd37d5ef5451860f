package org.skyroad.station.parcel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.CarrierRules;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.parcel.TrackingNumber;
import org.skyroad.station.persistence.Jdbc;
import org.skyroad.station.persistence.JdbcParcelDropOffRepository;
import org.skyroad.station.persistence.JdbcParcelHandoverRepository;
import org.skyroad.station.persistence.JdbcParcelRepository;
import org.skyroad.station.persistence.JdbcParcelRunRepository;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.persistence.JdbcVillageRepository;
import org.skyroad.station.persistence.JdbcVillagerRepository;
import org.skyroad.station.service.ParcelDemoData;
import org.skyroad.station.testsupport.TestStation;

/** Demo parcels: every state is there, through the desk with their events, and a seed repeats. */
class ParcelDemoDataTest {

    @TempDir
    Path dir;

    private static ParcelDemoData demo(StationRuntime rt) {
        Jdbc jdbc = rt.database().jdbc();
        return new ParcelDemoData(rt.serviceContext(), new JdbcParcelRepository(jdbc),
                new JdbcParcelHandoverRepository(jdbc), new JdbcParcelRunRepository(jdbc),
                new JdbcParcelDropOffRepository(jdbc), new JdbcVillagerRepository(jdbc), new JdbcVillageRepository(jdbc),
                new JdbcStationRepository(jdbc));
    }

    private static StationRuntime stationWithVillagers(Path dir) {
        StationRuntime rt = TestStation.initialized(dir);
        rt.demo().fill(11, 80, Progress.NONE);
        return rt;
    }

    private static long count(StationRuntime rt, String sql) {
        Jdbc jdbc = rt.database().jdbc();
        return rt.serviceContext().tx().read(() -> jdbc.queryLong(sql));
    }

    private static List<String> trackingNumbers(StationRuntime rt) {
        Jdbc jdbc = rt.database().jdbc();
        return rt.serviceContext().tx().read(() -> jdbc.query(
                "SELECT tracking_number FROM parcel ORDER BY tracking_number", rs -> rs.getString(1)));
    }

    @Test
    void demoParcelsComeInEveryStateWithHandoversRunsAndReturns() {
        try (StationRuntime rt = stationWithVillagers(dir.resolve("a"))) {
            ParcelDemoData.Result r = demo(rt).fill(7, 160, Progress.NONE);
            assertEquals(160, r.parcels());
            for (ParcelStatus s : ParcelStatus.values()) {
                assertTrue(count(rt, "SELECT COUNT(*) FROM parcel WHERE status = '" + s.name() + "'") > 0, s.name());
                assertTrue(r.byStatus().getOrDefault(s, 0) > 0, s.name());
            }
            assertTrue(count(rt, "SELECT COUNT(*) FROM parcel WHERE status = 'WAITING' AND recipient_id IS NULL") > 0,
                    "unmatched");
            assertTrue(count(rt, "SELECT COUNT(*) FROM parcel WHERE status = 'WAITING' AND notified_at IS NOT NULL") > 0,
                    "notified");
            assertTrue(count(rt, "SELECT COUNT(*) FROM parcel_handover WHERE proxy_name IS NOT NULL") > 0, "proxies");
            assertTrue(count(rt, "SELECT COUNT(*) FROM parcel_handover WHERE cod_total_fen > 0") > 0, "cash on delivery");
            assertTrue(count(rt, "SELECT COUNT(*) FROM parcel_run WHERE status = 'CLOSED'") > 0, "runs back");
            assertTrue(count(rt, "SELECT COUNT(*) FROM parcel_return") > 0, "returns");
            // Over the past three months, not all today.
            assertTrue(count(rt, "SELECT COUNT(DISTINCT received_date) FROM parcel") > 30);
            assertTrue(count(rt, "SELECT COUNT(*) FROM parcel_event") > 160);
            assertTrue(count(rt, "SELECT COUNT(*) FROM outbox WHERE entity = 'parcel'") > 160);
        }
    }

    @Test
    void demoTrackingNumbersAreRecognisedAsTheirCarrierAndTheSameSeedGivesTheSameNumbers() {
        List<String> first;
        try (StationRuntime rt = stationWithVillagers(dir.resolve("a"))) {
            demo(rt).fill(42, 60, Progress.NONE);
            first = trackingNumbers(rt);
            Jdbc jdbc = rt.database().jdbc();
            List<String[]> rows = rt.serviceContext().tx().read(() -> jdbc.query(
                    "SELECT tracking_number, carrier FROM parcel", rs -> new String[] {rs.getString(1), rs.getString(2)}));
            for (String[] row : rows) {
                assertEquals(Carrier.valueOf(row[1]), CarrierRules.recognise(TrackingNumber.parse(row[0])).carrier(),
                        row[0]);
            }
        }
        try (StationRuntime rt = stationWithVillagers(dir.resolve("b"))) {
            demo(rt).fill(42, 60, Progress.NONE);
            assertEquals(first, trackingNumbers(rt));
        }
        assertEquals(60, first.size());
    }
}
