package org.skyroad.station.parcel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.DropOff;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelEventType;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.service.ParcelDesk.CheckIn;
import org.skyroad.station.service.ParcelDesk.DropOffRequest;
import org.skyroad.station.service.ParcelDesk.TextMessage;
import org.skyroad.station.service.ParcelDesk.TextMessages;
import org.skyroad.station.service.ParcelDesk.VillageNotice;

class ParcelNoticeTest {

    @TempDir
    Path dir;
    ParcelStation st;
    Villager tashi;

    @BeforeEach
    void open() {
        st = ParcelStation.open(dir);
        tashi = st.villager("扎西次仁", "13812345678", st.village, true);
    }

    @AfterEach
    void close() {
        st.close();
    }

    private Parcel checkIn(String tracking, String phone) {
        return st.desk.checkIn(new CheckIn(tracking, null, phone, null, null, ParcelTags.NONE)).parcel();
    }

    @Test
    void villageNoticeListsWaitingParcelsWithMaskedNamesAndPhones() {
        Parcel p = checkIn("SF1234567890123", "13812345678");
        st.villager("Tenzin", "13900001111", st.otherVillage, true);
        checkIn("YT1234567890123", "13900001111");
        VillageNotice notice = st.desk.villageNotice(st.village.id());
        assertEquals("达雄村", notice.village().name());
        assertEquals(1, notice.lines().size());
        var line = notice.lines().get(0);
        assertEquals("扎***", line.maskedName());
        assertEquals("138****5678", line.maskedPhone());
        assertEquals(p.slot(), line.parcel().slot());
        assertEquals(p.pickupCode(), line.parcel().pickupCode());
    }

    @Test
    void textMessagesInChineseCarryEveryPickupCodeAndSlotOncePerPhone() {
        Parcel a = checkIn("SF1234567890123", "13812345678");
        Parcel b = checkIn("YT1234567890123", "13812345678");
        TextMessages sms = st.desk.textMessages(st.village.id(), "zh");
        assertEquals(1, sms.messages().size());
        TextMessage m = sms.messages().get(0);
        assertEquals("13812345678", m.phone());
        assertEquals(List.of(a.id(), b.id()), m.parcelIds());
        assertTrue(m.text().startsWith("【达雄村服务点】您有 2 个包裹待取"), m.text());
        assertTrue(m.text().contains(a.pickupCode().value() + "（货架 " + a.slot() + "）"), m.text());
        assertTrue(m.text().contains(b.pickupCode().value()), m.text());
    }

    @Test
    void textMessagesInTibetan() {
        Parcel a = checkIn("SF1234567890123", "13812345678");
        TextMessage m = st.desk.textMessages(st.village.id(), "bo").messages().get(0);
        assertTrue(m.text().contains("ཐུམ་སྒྲིལ"), m.text());
        assertTrue(m.text().contains(a.pickupCode().value()), m.text());
    }

    @Test
    void parcelsOfVillagersWithoutAPhoneAreListedApart() {
        Villager noPhone = st.villager("Pema", null, st.village, true);
        st.desk.checkIn(new CheckIn("SF1234567890123", null, null, null, noPhone.id(), ParcelTags.NONE));
        TextMessages sms = st.desk.textMessages(st.village.id(), "zh");
        assertTrue(sms.messages().isEmpty());
        assertEquals(1, sms.withoutPhone().size());
        assertEquals("P***", sms.withoutPhone().get(0).maskedName());
    }

    @Test
    void unmatchedParcelsAreTextedOnTheLabelPhone() {
        checkIn("SF1234567890123", "13700001111");
        TextMessages sms = st.desk.textMessages(null, "zh");
        assertEquals("13700001111", sms.messages().get(0).phone());
    }

    @Test
    void recordingNotifiedWritesAnEventPerParcel() {
        Parcel a = checkIn("SF1234567890123", "13812345678");
        TextMessages sms = st.desk.textMessages(st.village.id(), "zh");
        assertEquals(1, st.desk.recordNotified(sms.messages().get(0).parcelIds(), "sms"));
        assertEquals(ParcelEventType.NOTIFIED, st.desk.history(a.id()).get(1).type());
        assertEquals("sms", st.desk.history(a.id()).get(1).detail());
        assertTrue(st.desk.get(a.id()).notifiedAt() != null);
        assertEquals(1, st.auditRows("parcel.notify"));
    }

    @Test
    void dropOffIsRecordedWithItsFeeAndNotTwice() {
        DropOffRequest r = new DropOffRequest(tashi.id(), "王芳", "13500001111", "拉萨市城关区北京中路 1 号",
                null, "SF9876543210123", Money.parse("18"));
        DropOff d = st.desk.dropOff(r);
        assertEquals(Carrier.SF, d.carrier());
        assertEquals(Money.parse("18"), d.fee());
        assertEquals(List.of(d.id()), st.desk.dropOffsOf(tashi.id()).stream().map(DropOff::id).toList());
        assertEquals(1, st.outboxRows("parcel_dropoff"));
        assertEquals("error.parcel.dropOffExists",
                assertThrows(ConflictException.class, () -> st.desk.dropOff(r)).messageKey());
        assertEquals(1, st.count("SELECT COUNT(*) FROM parcel_dropoff"));
    }
}
