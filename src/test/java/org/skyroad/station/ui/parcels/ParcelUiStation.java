package org.skyroad.station.ui.parcels;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.testsupport.MutableClock;
import org.skyroad.station.testsupport.TestStation;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;
import org.skyroad.station.ui.common.TaskExecutor;

/** A real station for the parcel screens’ view-model tests: a clock the test moves, villagers, an operator. */
final class ParcelUiStation implements AutoCloseable {

    /** 2025-07-01 10:00 in Lhasa. */
    static final Instant START = Instant.parse("2025-07-01T02:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final StationRuntime rt;
    final Village village;
    final Village otherVillage;
    int saved;

    ParcelUiStation(Path dir) {
        Messages.setLocale(Locale.ENGLISH);
        rt = TestStation.initialized(dir, clock);
        village = rt.villagers().addVillage("达雄村");
        otherVillage = rt.villagers().addVillage("江让村");
        TestStation.actAs(rt, Role.OPERATOR);
    }

    ParcelScreens screens(TaskExecutor executor) {
        DataChanges changes = new DataChanges();
        changes.subscribe(() -> saved++);
        return new ParcelScreens(rt.parcels(), rt.villagers(), rt.settings(), clock, executor, changes,
                ParcelPrinting.NONE);
    }

    ParcelScreens screens() {
        return screens(new SameThreadTaskExecutor());
    }

    Villager villager(String name, String phone, Village in, boolean consentPickup) {
        return rt.villagers().create(new VillagerDraft(name, phone, in == null ? null : in.id(), null, null, null,
                consentPickup, true), true);
    }

    Parcel checkIn(String tracking, String phone, ParcelTags tags) {
        return rt.parcels().checkIn(new ParcelDesk.CheckIn(tracking, null, phone, null, null, tags)).parcel();
    }

    Parcel checkIn(String tracking, String phone) {
        return checkIn(tracking, phone, ParcelTags.NONE);
    }

    void as(Role role) {
        TestStation.actAs(rt, role);
    }

    @Override
    public void close() {
        rt.close();
    }
}
