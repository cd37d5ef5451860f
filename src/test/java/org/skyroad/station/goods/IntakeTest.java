package org.skyroad.station.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.LotCode;
import org.skyroad.station.domain.goods.LotTerms;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.testsupport.MutableClock;

/** Intake: a lot code per lot, best-before for perishables, and nothing written when refused. */
class IntakeTest {

    /** 2026-11-23 10:00 in Lhasa (UTC+8). */
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @TempDir
    Path dir;
    MutableClock clock;
    GoodsFixture g;
    Product butter;
    Product cashmere;
    Producer tashi;

    @BeforeEach
    void open() {
        clock = new MutableClock(NOW);
        g = GoodsFixture.open(dir, clock);
        butter = g.butter();
        cashmere = g.cashmere();
        tashi = g.producer("扎西");
    }

    @AfterEach
    void close() {
        g.close();
    }

    @Test
    void lotsOfADayAreNumberedInOrderUnderTheStationsCodeAndDay() {
        Lot first = g.intake(tashi, cashmere, "A", GoodsFixture.kg("2"), GoodsFixture.yuan("480"));
        Lot second = g.intake(tashi, cashmere, "B", GoodsFixture.kg("3"), GoodsFixture.yuan("420"));
        assertEquals("TS003", first.code().stationPart());
        assertEquals(LocalDate.of(2026, 11, 23), first.code().date());
        assertTrue(first.code().value().startsWith("TS003-261123-"), first.code().value());
        assertTrue(second.code().sequence() > first.code().sequence());
        assertEquals(first.code(), LotCode.parse(first.code().value()));
    }

    @Test
    void theLotDayIsTheStationsLocalDay() {
        clock.advance(java.time.Duration.ofHours(15)); // 17:00 UTC is 01:00 the next day in Lhasa
        Lot lot = g.intake(tashi, cashmere, "A", GoodsFixture.kg("2"), GoodsFixture.yuan("480"));
        assertEquals(LocalDate.of(2026, 11, 24), lot.code().date());
    }

    @Test
    void aPerishableLotsBestBeforeComesFromItsProductionDayAndShelfLife() {
        Lot lot = g.intakeOn(tashi, butter, "特级", GoodsFixture.kg("10"), GoodsFixture.yuan("95"), LocalDate.of(2026, 11, 20));
        assertEquals(LocalDate.of(2027, 2, 18), lot.bestBefore());
        Lot wool = g.intake(tashi, cashmere, "A", GoodsFixture.kg("1"), GoodsFixture.yuan("480"));
        assertNull(wool.bestBefore(), "cashmere keeps");
    }

    @Test
    void aBestBeforeTypedFromThePackageWins() {
        Lot lot = g.desk.intake(new ConsignmentDesk.Intake(tashi.id(), butter.id(), "特级", GoodsFixture.kg("1"), null,
                LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 1), LotTerms.CONSIGNMENT, GoodsFixture.yuan("90"), null));
        assertEquals(LocalDate.of(2027, 1, 1), lot.bestBefore());
    }

    @Test
    void anIntakeWritesTheLotWithItsAuditAndOutboxRows() {
        Lot lot = g.intake(tashi, cashmere, "A", GoodsFixture.kg("2.5"), GoodsFixture.yuan("480"));
        assertEquals(2500, g.count("SELECT quantity_on_hand FROM lot WHERE id = ?", lot.id()));
        assertEquals(1, g.count("SELECT COUNT(*) FROM audit_log WHERE action = 'lot.intake' AND entity_key = ?", lot.id().toString()));
        assertEquals(1, g.count("SELECT COUNT(*) FROM outbox WHERE entity = 'lot' AND entity_id = ?", lot.id()));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        YAK-BUTTER, '',    1,    90,  2026-11-20, error.lot.gradeRequired
        YAK-BUTTER, X,     1,    90,  2026-11-20, error.lot.gradeUnknown
        YAK-BUTTER, 特级,  1,    -1,  2026-11-20, error.money.notANumber
        YAK-BUTTER, 特级,  1,    90,  2026-11-24, error.lot.producedInFuture
        CASHMERE,   A,     0,    90,  2026-11-20, error.goods.quantityPositive
        """)
    void anIntakeThatCannotBeTakenIsRefusedAndWritesNothing(String product, String grade, String kg, String price,
                                                             String produced, String key) {
        long lots = g.count("SELECT COUNT(*) FROM lot");
        long audit = g.count("SELECT COUNT(*) FROM audit_log");
        Product p = product.equals("CASHMERE") ? cashmere : butter;
        var e = assertThrows(StationException.class, () -> g.desk.intake(new ConsignmentDesk.Intake(tashi.id(), p.id(), grade,
                new Quantity(Long.parseLong(kg) * 1000, GoodsUnit.KG), null, LocalDate.parse(produced), null,
                LotTerms.CONSIGNMENT, price.startsWith("-") ? org.skyroad.station.domain.common.Money.parse("x") : GoodsFixture.yuan(price), null)));
        assertEquals(key, e.messageKey());
        assertEquals(lots, g.count("SELECT COUNT(*) FROM lot"));
        assertEquals(audit, g.count("SELECT COUNT(*) FROM audit_log"));
    }

    @Test
    void aQuantityInAnotherUnitThanTheProductsIsRefused() {
        var e = assertThrows(InvalidInputException.class, () -> g.intake(tashi, cashmere, "A", Quantity.of(3, GoodsUnit.JAR),
                GoodsFixture.yuan("10")));
        assertEquals("error.goods.wrongUnit", e.messageKey());
    }

    @Test
    void perishablesNearTheirBestBeforeAreListedNearestFirst() {
        Lot old = g.intakeOn(tashi, butter, "特级", GoodsFixture.kg("1"), GoodsFixture.yuan("90"), LocalDate.of(2026, 8, 28));
        Lot older = g.intakeOn(tashi, butter, "一级", GoodsFixture.kg("1"), GoodsFixture.yuan("80"), LocalDate.of(2026, 8, 25));
        g.intakeOn(tashi, butter, "特级", GoodsFixture.kg("1"), GoodsFixture.yuan("90"), LocalDate.of(2026, 11, 1));
        g.intake(tashi, cashmere, "A", GoodsFixture.kg("1"), GoodsFixture.yuan("480"));
        List<ConsignmentDesk.StockLine> near = g.desk.nearBestBefore(7, 100);
        assertEquals(List.of(older.id(), old.id()), near.stream().map(l -> l.lot().id()).toList());
        assertEquals("扎西", near.get(0).producer().name());
        assertEquals(4, g.desk.stock(null, 100).size());
    }
}
