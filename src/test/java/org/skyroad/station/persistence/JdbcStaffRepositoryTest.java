package org.skyroad.station.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.Transactions;
import org.skyroad.station.domain.staff.StaffRepository;
import org.skyroad.station.domain.station.StationRepository;

class JdbcStaffRepositoryTest extends StaffRepositoryContract {

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
    protected StaffRepository staff() {
        return new JdbcStaffRepository(db.jdbc());
    }

    @Override
    protected StationRepository stations() {
        return new JdbcStationRepository(db.jdbc());
    }
}
