package org.skyroad.station.bootstrap;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.domain.goods.ProducerPayoutRecorder;
import org.skyroad.station.persistence.Backups;
import org.skyroad.station.persistence.Database;
import org.skyroad.station.persistence.JdbcCashRepository;
import org.skyroad.station.persistence.JdbcChangeLog;
import org.skyroad.station.persistence.JdbcCountyReportRepository;
import org.skyroad.station.persistence.JdbcGoodsProductRepository;
import org.skyroad.station.persistence.JdbcGoodsSaleRepository;
import org.skyroad.station.persistence.JdbcHubRecords;
import org.skyroad.station.persistence.JdbcLotRepository;
import org.skyroad.station.persistence.JdbcOrderCatalogRepository;
import org.skyroad.station.persistence.JdbcOrderRepository;
import org.skyroad.station.persistence.JdbcParcelDropOffRepository;
import org.skyroad.station.persistence.JdbcParcelHandoverRepository;
import org.skyroad.station.persistence.JdbcParcelRepository;
import org.skyroad.station.persistence.JdbcParcelRunRepository;
import org.skyroad.station.persistence.JdbcProducerRepository;
import org.skyroad.station.persistence.JdbcReportFiguresRepository;
import org.skyroad.station.persistence.JdbcSettlementRepository;
import org.skyroad.station.persistence.JdbcStaffRepository;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.persistence.JdbcVillageRepository;
import org.skyroad.station.persistence.JdbcVillagerRepository;
import org.skyroad.station.report.JasperReportRenderer;
import org.skyroad.station.service.CashDrawer;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.service.DemoData;
import org.skyroad.station.service.GoodsDemoData;
import org.skyroad.station.service.HubReturnDesk;
import org.skyroad.station.service.HubUpdates;
import org.skyroad.station.service.OrderCatalog;
import org.skyroad.station.service.OrderDemoData;
import org.skyroad.station.service.OrderDesk;
import org.skyroad.station.service.ParcelDemoData;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.service.ParcelLinks;
import org.skyroad.station.service.PasswordHasher;
import org.skyroad.station.service.ReportDesk;
import org.skyroad.station.service.ServiceContext;
import org.skyroad.station.service.SessionContext;
import org.skyroad.station.service.StaffDirectory;
import org.skyroad.station.service.StationSettings;
import org.skyroad.station.service.StationSetup;
import org.skyroad.station.service.VillagerRegistry;
import org.skyroad.station.sync.SyncDesk;
import org.skyroad.station.sync.SyncKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root shared by the desktop app and the command line: opens the database
 * and builds every service by constructor. Nothing is looked up; the object graph is here.
 */
public final class StationRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StationRuntime.class);

    /** The database could not be used; {@code newestBackup} is what a person can restore. */
    public static final class DamagedDatabaseException extends StorageException {
        private final transient Optional<Path> newestBackup;

        public DamagedDatabaseException(Throwable cause, Path db, Optional<Path> newestBackup) {
            super(cause, newestBackup.isPresent() ? "error.db.damagedWithBackup" : "error.db.damaged",
                    db, newestBackup.map(Path::toString).orElse(""));
            this.newestBackup = newestBackup;
        }

        public Optional<Path> newestBackup() {
            return newestBackup;
        }
    }

    private final Database database;
    private final Clock clock;
    private final SessionContext session;
    private final Backups backups;
    private final StationSettings settings;
    private final StationSetup setup;
    private final StaffDirectory staff;
    private final VillagerRegistry villagers;
    private final DemoData demo;
    private final ParcelDesk parcels;
    private final ParcelDemoData parcelDemo;
    private final CashDrawer cash;
    private final OrderDesk orders;
    private final OrderCatalog catalog;
    private final OrderDemoData orderDemo;
    private final ReportDesk reports;
    private final SyncDesk sync;
    private final HubReturnDesk hubReturns;
    private final ConsignmentDesk goods;
    private final GoodsDemoData goodsDemo;
    private final ServiceContext serviceContext;

    private StationRuntime(Database database, Clock baseClock) {
        this.database = database;
        // H2 keeps microseconds: times are cut there when born, so a record, its audit row and
        // its outbox snapshot (and the hub's copy) all hold the very same instant.
        this.clock = Clock.tick(baseClock, java.time.Duration.ofNanos(1_000));
        this.session = new SessionContext();
        this.backups = new Backups(clock);
        var jdbc = database.jdbc();
        var stationRepo = new JdbcStationRepository(jdbc);
        var staffRepo = new JdbcStaffRepository(jdbc);
        var villageRepo = new JdbcVillageRepository(jdbc);
        var villagerRepo = new JdbcVillagerRepository(jdbc);
        var changeLog = new JdbcChangeLog(jdbc, this.clock, session::auditActor,
                () -> stationRepo.find().map(s -> s.code().value()).orElse("UNSET"));
        var ctx = new ServiceContext(database.transactions(), changeLog, session, clock);
        this.serviceContext = ctx;
        this.sync = new SyncDesk(ctx, jdbc, stationRepo);
        var hasher = new PasswordHasher();
        this.settings = new StationSettings(ctx, stationRepo);
        this.setup = new StationSetup(ctx, stationRepo, staffRepo, hasher);
        this.staff = new StaffDirectory(ctx, staffRepo, stationRepo, hasher);
        this.villagers = new VillagerRegistry(ctx, villagerRepo, villageRepo);
        var orderRepo = new JdbcOrderRepository(jdbc);
        this.cash = new CashDrawer(ctx, new JdbcCashRepository(jdbc), stationRepo);
        this.orders = new OrderDesk(ctx, orderRepo, villagerRepo, stationRepo, cash);
        this.catalog = new OrderCatalog(ctx, new JdbcOrderCatalogRepository(jdbc));
        this.orderDemo = new OrderDemoData(ctx, orders, cash, orderRepo, villagerRepo, stationRepo);
        var hubRecords = new JdbcHubRecords(jdbc);
        this.parcels = new ParcelDesk(ctx, new JdbcParcelRepository(jdbc), new JdbcParcelHandoverRepository(jdbc),
                new JdbcParcelRunRepository(jdbc), new JdbcParcelDropOffRepository(jdbc), villagerRepo, villageRepo,
                stationRepo, new SecureRandom(), new ParcelLinks(orders, cash), hubRecords);
        this.parcelDemo = new ParcelDemoData(ctx, new JdbcParcelRepository(jdbc), new JdbcParcelHandoverRepository(jdbc),
                new JdbcParcelRunRepository(jdbc), new JdbcParcelDropOffRepository(jdbc), villagerRepo, villageRepo,
                stationRepo);
        // A producer paid in cash is paid out of the drawer, in the settlement's own transaction.
        ProducerPayoutRecorder payouts = (amount, reason, settlementId) ->
                cash.record(CashMovementKind.PRODUCER_PAYOUT, amount, reason, "settlement", settlementId);
        this.goods = new ConsignmentDesk(ctx, new JdbcProducerRepository(jdbc), new JdbcGoodsProductRepository(jdbc),
                new JdbcLotRepository(jdbc), new JdbcGoodsSaleRepository(jdbc), new JdbcSettlementRepository(jdbc),
                villageRepo, stationRepo, payouts, hubRecords);
        this.goodsDemo = new GoodsDemoData(ctx, goods, villagers);
        this.reports = new ReportDesk(ctx, stationRepo, new JdbcReportFiguresRepository(jdbc),
                new JdbcCountyReportRepository(jdbc), new JasperReportRenderer(clock));
        this.demo = new DemoData(setup, villagers, session);
        // What the county hub owns reaches each area through its return-batch handler (docs/sync-batch-format.md).
        HubUpdates hub = new HubUpdates(ctx, hubRecords);
        sync.register(HubUpdates.CATALOG_ITEM, hub.versioned(HubUpdates.CATALOG_ITEM, catalog::applyHubItem))
                .register(HubUpdates.CATALOG_PRICE, hub.versioned(HubUpdates.CATALOG_PRICE, catalog::applyHubPrice))
                .register(HubUpdates.ORDER_PLATFORM, hub.versioned(HubUpdates.ORDER_PLATFORM, orders::applyPlatformData))
                .register(HubUpdates.PARCEL_EXPECTED, hub.versioned(HubUpdates.PARCEL_EXPECTED, parcels::applyExpectedParcel))
                .register(HubUpdates.GOODS_RECEIPT, hub.versioned(HubUpdates.GOODS_RECEIPT, goods::applyHubReceipt))
                .register(HubUpdates.SETTLEMENT_CONFIRMATION,
                        hub.versioned(HubUpdates.SETTLEMENT_CONFIRMATION, goods::applyHubSettlementConfirmation));
        this.hubReturns = new HubReturnDesk(ctx, sync.returnQueue(), hubRecords, stationRepo);
    }

    /**
     * Opens the station at {@code dbFile}: migrates it (after an automatic backup when a
     * migration is pending) and reads every table once. A damaged database is reported with
     * the newest backup that can replace it.
     */
    public static StationRuntime open(Path dbFile, Clock clock) {
        Path file = Database.normalize(dbFile);
        Backups backups = new Backups(clock);
        Database db;
        try {
            db = Database.open(file, (opened, pending) -> {
                LOG.info("{} migration(s) pending: backing up first", pending);
                backups.backup(opened, Backups.folderFor(file).resolve("before-migration-"
                        + clock.instant().toString().replace(":", "") + ".zip"));
            });
        } catch (StorageException e) {
            if ("error.db.damaged".equals(e.messageKey()) || "error.db.migration".equals(e.messageKey())) {
                throw new DamagedDatabaseException(e, file, Backups.newestReadable(file));
            }
            throw e;
        }
        List<String> problems = db.integrityProblems();
        if (!problems.isEmpty()) {
            db.close();
            throw new DamagedDatabaseException(null, file, Backups.newestReadable(file));
        }
        // The station's signing and encryption keys, made once (also for databases made before sync existed).
        SyncKeys.ensureKeys(db, clock);
        return new StationRuntime(db, clock);
    }

    public static StationRuntime open(Path dbFile) {
        return open(dbFile, Clock.systemUTC());
    }

    /** What every service is built with; for the composition roots and tests. */
    public ServiceContext serviceContext() {
        return serviceContext;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public SessionContext session() {
        return session;
    }

    public Backups backups() {
        return backups;
    }

    public StationSettings settings() {
        return settings;
    }

    public StationSetup setup() {
        return setup;
    }

    public StaffDirectory staff() {
        return staff;
    }

    public VillagerRegistry villagers() {
        return villagers;
    }

    public ParcelDesk parcels() {
        return parcels;
    }

    public ParcelDemoData parcelDemo() {
        return parcelDemo;
    }

    public CashDrawer cash() {
        return cash;
    }

    public OrderDesk orders() {
        return orders;
    }

    public OrderCatalog catalog() {
        return catalog;
    }

    public OrderDemoData orderDemo() {
        return orderDemo;
    }

    public SyncDesk sync() {
        return sync;
    }

    /** At the county hub: queues catalog, platform data, expected parcels and confirmations for the stations. */
    public HubReturnDesk hubReturns() {
        return hubReturns;
    }

    public ReportDesk reports() {
        return reports;
    }

    public ConsignmentDesk goods() {
        return goods;
    }

    public GoodsDemoData goodsDemo() {
        return goodsDemo;
    }

    public DemoData demo() {
        return demo;
    }

    /**
     * Replaces the (closed) database at {@code dbFile} with a backup; the file it replaces is
     * kept beside it. For the recovery offered when a database is damaged.
     */
    public static Backups.RestoreResult restore(Path backup, Path dbFile, boolean force) {
        return new Backups(Clock.systemUTC()).restore(backup, dbFile, force);
    }

    /** The day's automatic backup, if due. Slow on a big database: call it off the FX thread. */
    public Optional<Path> dailyBackupIfDue() {
        return backups.dailyIfDue(database, settings.station().zone());
    }

    private volatile boolean compactOnClose;

    /** Bulk work (demo data, imports) asks for the file to be compacted when it is closed. */
    public void compactOnClose() {
        compactOnClose = true;
    }

    @Override
    public void close() {
        if (compactOnClose) {
            database.closeCompacted();
        } else {
            database.close();
        }
    }
}
