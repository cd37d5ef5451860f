package org.skyroad.station.parcel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.parcel.PickupCode;
import org.skyroad.station.service.ParcelDesk.CheckIn;

class PickupCodeTest {

    @TempDir
    Path dir;

    @Test
    void pickupCodesAreUniqueAmongTenThousandWaitingParcels() {
        try (ParcelStation st = ParcelStation.open(dir)) {
            int total = 10_000;
            int batch = 1_000;
            for (int start = 0; start < total; start += batch) {
                List<CheckIn> box = new ArrayList<>(batch);
                for (int i = start; i < start + batch; i++) {
                    box.add(new CheckIn(String.format("SF%013d", i), Carrier.SF, null, null, null, ParcelTags.NONE));
                }
                st.desk.checkInAll(box);
            }
            assertEquals(total, st.count("SELECT COUNT(*) FROM parcel WHERE status = 'WAITING'"));
            assertEquals(total, st.count("SELECT COUNT(DISTINCT pickup_code) FROM parcel"));
            assertEquals(total, st.desk.openCount());
            assertEquals(total, st.count("SELECT COUNT(*) FROM parcel_event"));
            assertEquals(total, st.outboxRows("parcel"));
            // 40 shelf slots, evenly filled.
            assertEquals(250, st.count("SELECT MAX(n) FROM (SELECT COUNT(*) n FROM parcel WHERE slot <> 'FLOOR' GROUP BY slot)"));
        }
    }

    @Test
    void aDrawnCodeThatIsTakenIsDrawnAgain() {
        try (ParcelStation st = ParcelStation.open(dir, new RandomGenerator() {
            private final Random first = new Random(7);
            private int calls;

            @Override
            public long nextLong() {
                return first.nextLong();
            }

            @Override
            public int nextInt(int bound) {
                // draws 1 and 2 give the same code; draw 3 a new one
                int code = calls++ / PickupCode.LENGTH;
                return code < 2 ? (calls % PickupCode.LENGTH) % bound : first.nextInt(bound);
            }
        })) {
            Parcel a = st.desk.checkIn(CheckIn.scanned("SF1234567890123")).parcel();
            Parcel b = st.desk.checkIn(CheckIn.scanned("SF1234567890124")).parcel();
            assertNotEquals(a.pickupCode(), b.pickupCode());
        }
    }

    @Test
    void whenNoFreeCodeCanBeFoundTheCheckInIsRefused() {
        RandomGenerator same = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public int nextInt(int bound) {
                return 0;
            }
        };
        try (ParcelStation st = ParcelStation.open(dir, same)) {
            st.desk.checkIn(CheckIn.scanned("SF1234567890123"));
            assertEquals("error.parcel.noFreeCode", assertThrows(ConflictException.class,
                    () -> st.desk.checkIn(CheckIn.scanned("SF1234567890124"))).messageKey());
            assertEquals(1, st.count("SELECT COUNT(*) FROM parcel"));
        }
    }

    @Test
    void theDatabaseRefusesTwoOpenParcelsWithOneCode() {
        try (ParcelStation st = ParcelStation.open(dir)) {
            Parcel a = st.desk.checkIn(CheckIn.scanned("SF1234567890123")).parcel();
            assertThrows(ConflictException.class, () -> st.ctx.tx().inTransaction(() -> st.jdbc.update(
                    "UPDATE parcel SET pickup_code = ? WHERE tracking_number = ?", a.pickupCode().value(),
                    st.desk.checkIn(CheckIn.scanned("SF1234567890124")).parcel().tracking().value())));
            assertEquals(1, st.count("SELECT COUNT(*) FROM parcel"));
        }
    }

    @Test
    void codesUseOnlyCharactersThatCannotBeMistaken() {
        Random r = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            String code = PickupCode.random(r).value();
            assertTrue(code.chars().noneMatch(c -> "0O1IL2Z5S8BGQ".indexOf(c) >= 0), code);
        }
        assertEquals("K7XAC", PickupCode.parse(" k7x-ac ").value());
        assertThrows(InvalidInputException.class, () -> PickupCode.parse("K7XA0"));
    }
}
