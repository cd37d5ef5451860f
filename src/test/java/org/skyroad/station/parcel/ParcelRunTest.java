package org.skyroad.station.parcel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelEventType;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.parcel.RunItem;
import org.skyroad.station.domain.parcel.RunOutcome;
import org.skyroad.station.domain.parcel.VillageRun;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.service.ParcelDesk.CheckIn;
import org.skyroad.station.service.ParcelDesk.HandoverRequest;

class ParcelRunTest {

    @TempDir
    Path dir;
    ParcelStation st;
    Villager tashi;

    @BeforeEach
    void open() {
        st = ParcelStation.open(dir);
        tashi = st.villager("扎西", "13800138000", st.village, true);
    }

    @AfterEach
    void close() {
        st.close();
    }

    private Parcel forTashi(String tracking, ParcelTags tags) {
        return st.desk.checkIn(new CheckIn(tracking, null, "13800138000", null, null, tags)).parcel();
    }

    @Test
    void runOutcomesCloseDeliveredParcelsAndPutTheOthersBackOnTheirSlot() {
        Parcel delivered = forTashi("SF1234567890123", ParcelTags.NONE);
        Parcel notHome = forTashi("YT1234567890123", ParcelTags.NONE);
        Parcel refused = forTashi("JT0001234567890", ParcelTags.NONE);
        VillageRun run = st.desk.createRun(st.village.id(), null, LocalDate.of(2025, 7, 2));
        for (Parcel p : List.of(delivered, notHome, refused)) {
            assertEquals(ParcelStatus.OUT_ON_RUN, st.desk.addToRun(run.id(), p.tracking().value()).status());
        }
        st.desk.recordOutcome(run.id(), delivered.id(), RunOutcome.DELIVERED, "扎西的母亲", "left at the door", null);
        st.desk.recordOutcome(run.id(), notHome.id(), RunOutcome.NOT_AT_HOME, null, null, null);
        st.desk.recordOutcome(run.id(), refused.id(), RunOutcome.REFUSED, null, "wrong size", null);

        Parcel d = st.desk.get(delivered.id());
        assertEquals(ParcelStatus.DELIVERED, d.status());
        assertEquals("扎西的母亲", d.collectedBy());
        for (Parcel back : List.of(notHome, refused)) {
            Parcel p = st.desk.get(back.id());
            assertEquals(ParcelStatus.WAITING, p.status());
            assertEquals(back.slot(), p.slot());
            assertEquals(back.pickupCode(), p.pickupCode());
        }
        assertEquals(List.of(ParcelEventType.RECEIVED, ParcelEventType.OUT_ON_RUN, ParcelEventType.BACK_FROM_RUN),
                st.desk.history(refused.id()).stream().map(e -> e.type()).toList());
        assertEquals(List.of(RunOutcome.DELIVERED, RunOutcome.NOT_AT_HOME, RunOutcome.REFUSED),
                st.desk.runItems(run.id()).stream().map(RunItem::outcome).sorted().toList());
        assertEquals(1, st.auditRows("parcel.deliver"));
        assertEquals(2, st.auditRows("parcel.run.back"));
        assertEquals(3, st.auditRows("parcel.run.out"));
    }

    @Test
    void closingARunPutsParcelsWithNoOutcomeBackToWaiting() {
        Parcel p = forTashi("SF1234567890123", ParcelTags.NONE);
        VillageRun run = st.desk.createRun(null, "东线 East route", LocalDate.of(2025, 7, 2));
        st.desk.addToRun(run.id(), "sf1234567890123");
        VillageRun closed = st.desk.closeRun(run.id());
        assertEquals(VillageRun.Status.CLOSED, closed.status());
        assertEquals(ParcelStatus.WAITING, st.desk.get(p.id()).status());
        assertEquals("error.parcel.runClosed", assertThrows(ConflictException.class,
                () -> st.desk.addToRun(run.id(), "SF1234567890123")).messageKey());
        assertEquals(1, st.desk.runsOn(LocalDate.of(2025, 7, 2)).size());
    }

    @Test
    void aParcelOutOnARunCannotBeHandedOverAtTheCounter() {
        Parcel p = forTashi("SF1234567890123", ParcelTags.NONE);
        VillageRun run = st.desk.createRun(st.village.id(), null, LocalDate.of(2025, 7, 2));
        st.desk.addToRun(run.id(), p.tracking().value());
        assertThrows(ConflictException.class, () -> st.desk.handOver(
                new HandoverRequest(List.of(p.id()), tashi.id(), null, null, null, null)));
        assertThrows(ConflictException.class, () -> st.desk.addToRun(run.id(), p.tracking().value()));
    }

    @Test
    void deliveryNeedsWhoTookItAndTheCashOnDelivery() {
        Parcel p = forTashi("SF1234567890123", new ParcelTags(false, false, false, false, Money.parse("20"), false, null));
        VillageRun run = st.desk.createRun(st.village.id(), null, LocalDate.of(2025, 7, 2));
        st.desk.addToRun(run.id(), p.tracking().value());
        assertEquals("error.parcel.deliveredToWhom", assertThrows(InvalidInputException.class,
                () -> st.desk.recordOutcome(run.id(), p.id(), RunOutcome.DELIVERED, " ", null, Money.parse("20"))).messageKey());
        assertEquals("error.parcel.cashMismatch", assertThrows(InvalidInputException.class,
                () -> st.desk.recordOutcome(run.id(), p.id(), RunOutcome.DELIVERED, "扎西", null, null)).messageKey());
        assertNull(st.desk.runItems(run.id()).get(0).outcome());
        st.desk.recordOutcome(run.id(), p.id(), RunOutcome.DELIVERED, "扎西", null, Money.parse("20"));
        assertEquals(Money.parse("20"), st.desk.get(p.id()).codCollected());
    }

    @Test
    void aRunNeedsAVillageOrARoute() {
        assertEquals("error.parcel.runWhere", assertThrows(InvalidInputException.class,
                () -> st.desk.createRun(null, "  ", LocalDate.of(2025, 7, 2))).messageKey());
    }
}
