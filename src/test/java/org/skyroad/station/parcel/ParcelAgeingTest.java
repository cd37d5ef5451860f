package org.skyroad.station.parcel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.CarrierReturn;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelSettings;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.parcel.StorageFeeRule;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.service.ParcelDesk.CheckIn;
import org.skyroad.station.service.ParcelDesk.HandoverRequest;
import org.skyroad.station.service.ParcelDesk.ParcelLine;

class ParcelAgeingTest {

    @TempDir
    Path dir;
    ParcelStation st;

    @BeforeEach
    void open() {
        st = ParcelStation.open(dir);
    }

    @AfterEach
    void close() {
        st.close();
    }

    private void days(int n) {
        st.clock.advance(Duration.ofDays(n));
    }

    private static List<String> tracking(List<ParcelLine> lines) {
        return lines.stream().map(l -> l.parcel().tracking().value()).toList();
    }

    @Test
    void parcelsAreProposedForReminderAfterTheReminderDaysAndOnlyOnce() {
        st.desk.checkIn(CheckIn.scanned("SF1234567890123"));
        days(1);
        st.desk.checkIn(CheckIn.scanned("YT1234567890123"));
        days(1);
        assertTrue(st.desk.toRemind().isEmpty());
        days(1);
        List<ParcelLine> due = st.desk.toRemind();
        assertEquals(List.of("SF1234567890123"), tracking(due));
        assertEquals(1, st.desk.recordReminded(List.of(due.get(0).parcel().id()), "sms"));
        days(1);
        assertEquals(List.of("YT1234567890123"), tracking(st.desk.toRemind()));
    }

    @Test
    void returnProposalsComeAfterTheReturnDaysPerCarrier() {
        st.desk.checkIn(CheckIn.scanned("SF1234567890123"));
        st.desk.checkIn(CheckIn.scanned("SF1234567890124"));
        st.desk.checkIn(CheckIn.scanned("YT1234567890123"));
        days(13);
        st.as(Role.MANAGER);
        assertTrue(st.desk.returnProposals().isEmpty());
        days(1);
        Map<Carrier, List<ParcelLine>> proposals = st.desk.returnProposals();
        assertEquals(2, proposals.get(Carrier.SF).size());
        assertEquals(1, proposals.get(Carrier.YTO).size());
    }

    @Test
    void confirmingAReturnMakesOneReturnListPerCarrier() {
        Parcel a = st.desk.checkIn(CheckIn.scanned("SF1234567890123")).parcel();
        Parcel b = st.desk.checkIn(CheckIn.scanned("SF1234567890124")).parcel();
        Parcel y = st.desk.checkIn(CheckIn.scanned("YT1234567890123")).parcel();
        days(15);
        st.as(Role.MANAGER);
        assertEquals("error.parcel.otherCarrier", assertThrows(InvalidInputException.class,
                () -> st.desk.confirmReturn(Carrier.SF, List.of(a.id(), y.id()))).messageKey());
        CarrierReturn r = st.desk.confirmReturn(Carrier.SF, List.of(a.id(), b.id()));
        assertEquals(List.of("SF1234567890123", "SF1234567890124"),
                st.desk.returnList(r.id()).stream().map(p -> p.tracking().value()).toList());
        assertEquals(ParcelStatus.RETURNED, st.desk.get(a.id()).status());
        assertEquals(ParcelStatus.WAITING, st.desk.get(y.id()).status());
        assertEquals(2, st.auditRows("parcel.returned"));
        assertEquals(1, st.outboxRows("parcel_return"));
        assertEquals(List.of(Carrier.YTO), List.copyOf(st.desk.returnProposals().keySet()));
    }

    @Test
    void anOperatorCannotSeeOrConfirmReturns() {
        Parcel a = st.desk.checkIn(CheckIn.scanned("SF1234567890123")).parcel();
        days(15);
        assertThrows(AccessDeniedException.class, () -> st.desk.returnProposals());
        assertThrows(AccessDeniedException.class, () -> st.desk.confirmReturn(Carrier.SF, List.of(a.id())));
        assertEquals(ParcelStatus.WAITING, st.desk.get(a.id()).status());
        assertEquals(0, st.count("SELECT COUNT(*) FROM parcel_return"));
    }

    @Test
    void anOperatorOrAManagerCannotChangeTheFeeRuleOrTheShelves() {
        StorageFeeRule rule = new StorageFeeRule(3, Money.parse("0.50"), Money.parse("5"));
        assertThrows(AccessDeniedException.class, () -> st.desk.updateFeeRule(rule));
        st.as(Role.MANAGER);
        assertThrows(AccessDeniedException.class, () -> st.desk.updateFeeRule(rule));
        assertThrows(AccessDeniedException.class, () -> st.desk.updateSettings("A-01..A-10", 3, 14));
        assertEquals(StorageFeeRule.NONE, st.desk.settings().fee());
        assertEquals(0, st.auditRows("parcel.settings"));
    }

    @Test
    void theAdminSetsTheFeeRuleAndTheAgeingDaysWithAuditAndOutbox() {
        st.as(Role.ADMIN);
        st.desk.updateSettings("a-01..a-05, floor", 2, 7);
        ParcelSettings s = st.desk.updateFeeRule(new StorageFeeRule(3, Money.parse("0.50"), Money.parse("5")));
        assertEquals("A-01..A-05, FLOOR", s.shelves().text());
        assertEquals(6, s.shelves().slots().size());
        assertEquals(2, s.remindDays());
        assertEquals(7, s.returnDays());
        assertEquals(2, s.version());
        assertEquals(2, st.auditRows("parcel.settings"));
        assertEquals(2, st.outboxRows("parcel_settings"));
        st.as(Role.OPERATOR);
        assertEquals(s, st.desk.settings());
    }

    @Test
    void returnDaysMustComeAfterReminderDays() {
        st.as(Role.ADMIN);
        assertEquals("error.parcel.returnBeforeRemind", assertThrows(InvalidInputException.class,
                () -> st.desk.updateSettings("A-01..A-05", 7, 7)).messageKey());
    }

    @Test
    void theStorageFeeIsChargedAtHandoverAfterTheFreeDaysUpToTheCap() {
        st.as(Role.ADMIN);
        st.desk.updateFeeRule(new StorageFeeRule(3, Money.parse("0.50"), Money.parse("2")));
        st.as(Role.OPERATOR);
        Villager tashi = st.villager("扎西", "13800138000", st.village, true);
        Parcel p = st.desk.checkIn(new CheckIn("SF1234567890123", null, "13800138000", null, null, null)).parcel();
        days(5);
        assertEquals(Money.parse("1.00"), st.desk.storageFee(p));
        assertEquals("error.parcel.cashMismatch", assertThrows(InvalidInputException.class, () -> st.desk.handOver(
                new HandoverRequest(List.of(p.id()), tashi.id(), null, null, null, null))).messageKey());
        var h = st.desk.handOver(new HandoverRequest(List.of(p.id()), tashi.id(), null, null, null, Money.parse("1")));
        assertEquals(Money.parse("1.00"), h.storageFeeTotal());
        assertEquals(Money.parse("1.00"), st.desk.get(p.id()).storageFee());
    }
}
