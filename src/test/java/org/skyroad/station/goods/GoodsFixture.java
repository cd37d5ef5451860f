package org.skyroad.station.goods;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.Commission;
import org.skyroad.station.domain.goods.GoodsCategory;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.Grade;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.LotTerms;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.ProducerDraft;
import org.skyroad.station.domain.goods.ProducerKind;
import org.skyroad.station.domain.goods.ProducerPayoutRecorder;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.ProductDraft;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.persistence.Database;
import org.skyroad.station.persistence.JdbcGoodsProductRepository;
import org.skyroad.station.persistence.JdbcGoodsSaleRepository;
import org.skyroad.station.persistence.JdbcLotRepository;
import org.skyroad.station.persistence.JdbcProducerRepository;
import org.skyroad.station.persistence.JdbcSettlementRepository;
import org.skyroad.station.persistence.JdbcStationRepository;
import org.skyroad.station.persistence.JdbcVillageRepository;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.testsupport.TestStation;

/** A set-up station TS-003 with the consignment desk built over it, and a few products of the plateau. */
final class GoodsFixture implements AutoCloseable {

    /** The cash drawer as the tests see it: every payout recorded, in order. */
    static final class RecordingPayouts implements ProducerPayoutRecorder {
        record Payout(Money amount, String reason, UUID settlementId) {
        }

        final List<Payout> payouts = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void recordPayout(Money amount, String reason, UUID settlementId) {
            payouts.add(new Payout(amount, reason, settlementId));
        }
    }

    final StationRuntime rt;
    final ConsignmentDesk desk;
    final RecordingPayouts payouts = new RecordingPayouts();

    private GoodsFixture(StationRuntime rt) {
        this.rt = rt;
        this.desk = desk(rt, payouts);
    }

    static GoodsFixture open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    /**
     * A copy of one station set up once per test run ({@link TestStation#initialized}: TS-003,
     * migrated, an admin), opened with {@code clock} and the admin acting. Setting up a station
     * hashes a password twice; copying a ready one keeps the goods tests quick.
     */
    static GoodsFixture open(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
            Files.copy(template(), dir.resolve("station" + Database.FILE_SUFFIX), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StationRuntime rt = TestStation.open(dir, clock);
        rt.session().signIn(new Actor(UUID.randomUUID(), TestStation.ADMIN, "Admin", Role.ADMIN));
        return new GoodsFixture(rt);
    }

    private static Path template;

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path folder = Files.createTempDirectory("skyroad-goods-template-");
            try (StationRuntime rt = TestStation.initialized(folder)) {
                template = rt.database().file();
            }
            template.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
        }
        return template;
    }

    static ConsignmentDesk desk(StationRuntime rt, ProducerPayoutRecorder payouts) {
        var jdbc = rt.database().jdbc();
        return new ConsignmentDesk(rt.serviceContext(), new JdbcProducerRepository(jdbc), new JdbcGoodsProductRepository(jdbc),
                new JdbcLotRepository(jdbc), new JdbcGoodsSaleRepository(jdbc), new JdbcSettlementRepository(jdbc),
                new JdbcVillageRepository(jdbc), new JdbcStationRepository(jdbc), payouts);
    }

    /** Yak butter: by the kg, perishable (90 days), cold chain, 8% commission, grades 特级 and 一级. */
    Product butter() {
        return desk.addProduct(new ProductDraft("YAK-BUTTER", "牦牛酥油", "འབྲི་མར།", "Yak butter", GoodsCategory.LIVESTOCK,
                GoodsUnit.KG, true, 90, true, Commission.basisPoints(800),
                List.of(new Grade("特级", "水分≤16%"), new Grade("一级", "水分≤20%"))));
    }

    /** Cashmere: by the kg, keeps, 5% commission, grades A and B. */
    Product cashmere() {
        return desk.addProduct(new ProductDraft("CASHMERE", "山羊绒", "ར་བལ།", "Cashmere", GoodsCategory.LIVESTOCK,
                GoodsUnit.KG, false, null, false, Commission.basisPoints(500),
                List.of(new Grade("A", "≥36 mm, ≤15.5 µm"), new Grade("B", "≥32 mm, ≤16 µm"))));
    }

    /** Highland barley: by the kg, commission 0.50 yuan a kg, no grades. */
    Product barley() {
        return desk.addProduct(new ProductDraft("BARLEY", "青稞", "ནས།", "Highland barley", GoodsCategory.FARM,
                GoodsUnit.KG, false, null, false, Commission.perUnit(Money.ofFen(50)), List.of()));
    }

    /** Honey: by the jar, two years' shelf life, 10% commission. */
    Product honey() {
        return desk.addProduct(new ProductDraft("HONEY", "蜂蜜", "སྦྲང་རྩི།", "Honey", GoodsCategory.SPECIALTY,
                GoodsUnit.JAR, true, 730, false, Commission.basisPoints(1000), List.of(new Grade("一级", "水分≤18%"))));
    }

    Producer producer(String name) {
        UUID village = rt.villagers().villages().stream().findFirst()
                .map(v -> v.id()).orElseGet(() -> rt.villagers().addVillage("达雄村").id());
        return desk.addProducer(new ProducerDraft(name, ProducerKind.HERDER, village, null, PayoutMethod.CASH, null, null, null));
    }

    Lot intake(Producer producer, Product product, String grade, Quantity quantity, Money price) {
        return desk.intake(new ConsignmentDesk.Intake(producer.id(), product.id(), grade, quantity, null, null, null,
                LotTerms.CONSIGNMENT, price, null));
    }

    Lot intakeOn(Producer producer, Product product, String grade, Quantity quantity, Money price, LocalDate producedOn) {
        return desk.intake(new ConsignmentDesk.Intake(producer.id(), product.id(), grade, quantity, null, producedOn, null,
                LotTerms.CONSIGNMENT, price, null));
    }

    long count(String sql, Object... args) {
        return rt.database().transactions().read(() -> rt.database().jdbc().queryLong(sql, args));
    }

    static Quantity kg(String text) {
        return Quantity.kg(text);
    }

    static Money yuan(String text) {
        return Money.parse(text);
    }

    @Override
    public void close() {
        rt.close();
    }
}
