package org.skyroad.station.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skyroad.station.domain.common.Transactions;
import org.skyroad.station.domain.villager.IdCardTail;
import org.skyroad.station.domain.villager.PersonName;
import org.skyroad.station.domain.villager.PhoneNumber;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.VillageRepository;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerRepository;

/**
 * What any villager repository must do; each implementation runs it against a real store.
 */
abstract class VillagerRepositoryContract {

    protected abstract Transactions tx();

    protected abstract VillagerRepository villagers();

    protected abstract VillageRepository villages();

    private final Instant now = Instant.parse("2026-11-20T03:00:00.123Z");

    private Villager villager(String name, String phone, UUID village) {
        return new Villager(UUID.randomUUID(), new PersonName(name), PhoneNumber.parseOptional(phone), village,
                IdCardTail.parseOptional("123X"), "户主", "notes", true, false, now, now, 1);
    }

    @Test
    void insertedVillagerReadsBackEqual() {
        Village g = new Village(UUID.randomUUID(), "达雄村", now, 1);
        Villager v = villager("བཀྲ་ཤིས", "13812345678", g.id());
        tx().inTransaction(() -> {
            villages().insert(g);
            villagers().insert(v);
        });
        Villager read = tx().read(() -> villagers().findById(v.id())).orElseThrow();
        assertEquals(v, read);
        assertEquals(now.truncatedTo(ChronoUnit.MILLIS), read.createdAt());
    }

    @Test
    void updateNeedsThePreviousVersion() {
        Villager v = villager("Dorje", null, null);
        tx().inTransaction(() -> villagers().insert(v));
        Villager next = new Villager(v.id(), new PersonName("Dorje T."), null, null, null, null, null, false, true,
                v.createdAt(), now, 2);
        assertTrue(tx().inTransaction(() -> villagers().update(next)));
        assertFalse(tx().inTransaction(() -> villagers().update(next)), "version 2 is no longer the next version");
        assertEquals("Dorje T.", tx().read(() -> villagers().findById(v.id())).orElseThrow().name().value());
    }

    @Test
    void findsByPhoneTailAndNameKey() {
        Villager a = villager("扎西次仁", "13812345678", null);
        Villager b = villager("次仁", "13900005678", null);
        tx().inTransaction(() -> {
            villagers().insert(a);
            villagers().insert(b);
        });
        assertEquals(2, tx().read(() -> villagers().findByPhoneTail("5678", 10)).size());
        assertEquals(1, tx().read(() -> villagers().findByPhone(PhoneNumber.parseOptional("13812345678"), 10)).size());
        assertEquals(2, tx().read(() -> villagers().findByName("次仁", 10)).size());
        assertEquals(b.id(), tx().read(() -> villagers().findByName("次仁", 10)).get(0).villager().id(), "prefix first");
        assertEquals(1, tx().read(() -> villagers().findByName("次仁", 1)).size(), "limit respected");
    }

    @Test
    void villagesAreFoundByTheirKey() {
        Village g = new Village(UUID.randomUUID(), "Menda", now, 1);
        tx().inTransaction(() -> villages().insert(g));
        assertEquals(g.id(), tx().read(() -> villages().findByName("menda")).orElseThrow().id());
        assertTrue(tx().read(() -> villages().findByName("other")).isEmpty());
    }
}
