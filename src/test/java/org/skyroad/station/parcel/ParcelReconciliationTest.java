package org.skyroad.station.parcel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.Manifest;
import org.skyroad.station.domain.parcel.Reconciliation;
import org.skyroad.station.domain.parcel.TrackingNumber;
import org.skyroad.station.service.ParcelDesk.CheckIn;

class ParcelReconciliationTest {

    @TempDir
    Path dir;

    @Test
    void reconciliationListsMissingAndExtraPerCarrierAndDay() {
        try (ParcelStation st = ParcelStation.open(dir)) {
            st.desk.checkInAll(List.of(CheckIn.scanned("SF1234567890001"), CheckIn.scanned("SF1234567890002"),
                    CheckIn.scanned("SF1234567890099"), CheckIn.scanned("YT1234567890123")));
            st.clock.advance(Duration.ofDays(1));
            st.desk.checkIn(CheckIn.scanned("SF1234567890003"));
            LocalDate day = LocalDate.of(2025, 7, 1);
            Manifest manifest = Manifest.parseCsv("运单号\nSF1234567890001\nSF1234567890002\nSF1234567890003\n");
            Reconciliation r = st.desk.reconcile(day, Carrier.SF, manifest);
            assertEquals(3, r.received());
            assertEquals(3, r.onManifest());
            assertEquals(List.of(TrackingNumber.parse("SF1234567890003")), r.missing(), "checked in the next day");
            assertEquals(List.of(TrackingNumber.parse("SF1234567890099")), r.extra());
            assertEquals(0, r.difference());

            Reconciliation counted = st.desk.reconcile(day, Carrier.SF, Manifest.ofCount(5));
            assertEquals(2, counted.difference());
            assertTrue(counted.missing().isEmpty());
            assertTrue(st.desk.reconcile(day, Carrier.YTO, Manifest.ofCount(1)).isBalanced());
        }
    }

    @Test
    void theDayIsTheStationsLocalDay() {
        try (ParcelStation st = ParcelStation.open(dir)) {
            // 23:30 in Lhasa on 1 July is still 1 July there, although 15:30 UTC.
            st.clock.set(java.time.Instant.parse("2025-07-01T15:30:00Z"));
            st.desk.checkIn(CheckIn.scanned("SF1234567890001"));
            // 00:30 in Lhasa on 2 July is 1 July in UTC.
            st.clock.set(java.time.Instant.parse("2025-07-01T16:30:00Z"));
            st.desk.checkIn(CheckIn.scanned("SF1234567890002"));
            assertEquals(1, st.desk.reconcile(LocalDate.of(2025, 7, 1), Carrier.SF, Manifest.ofCount(1)).received());
            assertEquals(1, st.desk.reconcile(LocalDate.of(2025, 7, 2), Carrier.SF, Manifest.ofCount(1)).received());
        }
    }
}
