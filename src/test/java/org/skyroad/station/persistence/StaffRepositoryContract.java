package org.skyroad.station.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.Transactions;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.staff.StaffMember;
import org.skyroad.station.domain.staff.StaffRepository;
import org.skyroad.station.domain.staff.Username;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationCode;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.domain.station.StationRepository;

/** What any staff and station repository must do. */
abstract class StaffRepositoryContract {

    protected abstract Transactions tx();

    protected abstract StaffRepository staff();

    protected abstract StationRepository stations();

    private final Instant now = Instant.parse("2026-11-20T03:00:00Z");

    private StaffMember member(String username) {
        return new StaffMember(UUID.randomUUID(), new Username(username), "名字", Role.OPERATOR, "hash", true, 0, null, now, now, 1);
    }

    @Test
    void staffReadsBackByNameAndId() {
        StaffMember m = member("dolma");
        tx().inTransaction(() -> staff().insert(m));
        assertEquals(m, tx().read(() -> staff().findByUsername(new Username("dolma"))).orElseThrow());
        assertEquals(m, tx().read(() -> staff().findById(m.id())).orElseThrow());
        assertEquals(1, tx().read(() -> staff().count()));
    }

    @Test
    void usernamesAreUnique() {
        tx().inTransaction(() -> staff().insert(member("dolma")));
        assertThrows(ConflictException.class, () -> tx().inTransaction(() -> staff().insert(member("dolma"))));
        assertEquals(1, tx().read(() -> staff().count()));
    }

    @Test
    void staffUpdateIsOptimistic() {
        StaffMember m = member("pema");
        tx().inTransaction(() -> staff().insert(m));
        StaffMember locked = m.with(Role.MANAGER, "hash2", true, 3, now.plusSeconds(60), now);
        assertTrue(tx().inTransaction(() -> staff().update(locked)));
        assertFalse(tx().inTransaction(() -> staff().update(locked)));
        assertEquals(locked, tx().read(() -> staff().findById(m.id())).orElseThrow());
    }

    @Test
    void stationAndSettingsRoundTrip() {
        Station s = new Station(new StationCode("TS-003"), "达雄村服务点", StationLevel.VILLAGE, new StationCode("NGA-HUB"),
                null, "zh", now, 1);
        tx().inTransaction(() -> stations().insert(s));
        assertEquals(s, tx().read(() -> stations().find()).orElseThrow());
        tx().inTransaction(() -> stations().putSetting("interface.language", "bo"));
        tx().inTransaction(() -> stations().putSetting("interface.language", "en"));
        assertEquals("en", tx().read(() -> stations().setting("interface.language")).orElseThrow());
        assertTrue(tx().inTransaction(() -> stations().update(s.withSettings("新名", new StationCode("NGA-HUB"), null, "en"))));
        assertEquals("新名", tx().read(() -> stations().find()).orElseThrow().name());
    }
}
