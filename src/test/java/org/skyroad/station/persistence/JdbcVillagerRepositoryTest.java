package org.skyroad.station.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.Transactions;
import org.skyroad.station.domain.villager.VillageRepository;
import org.skyroad.station.domain.villager.VillagerRepository;

class JdbcVillagerRepositoryTest extends VillagerRepositoryContract {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("station"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    protected Transactions tx() {
        return db.transactions();
    }

    @Override
    protected VillagerRepository villagers() {
        return new JdbcVillagerRepository(db.jdbc());
    }

    @Override
    protected VillageRepository villages() {
        return new JdbcVillageRepository(db.jdbc());
    }
}
