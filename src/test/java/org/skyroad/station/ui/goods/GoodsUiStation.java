package org.skyroad.station.ui.goods;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.ProductDraft;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.PrintableDocument;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.testsupport.MutableClock;
import org.skyroad.station.testsupport.TestStation;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Printouts;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;

/** A real station for the goods screens’ view-model tests: a clock the test moves, a village, printing recorded. */
final class GoodsUiStation implements AutoCloseable {

    /** Printing as the tests see it: every document handed over, in order. */
    static final class RecordingPrintouts implements Printouts {
        final List<PrintableDocument> printed = new ArrayList<>();

        @Override
        public String print(PrintableDocument document) {
            printed.add(document);
            return "Printed " + document.kind();
        }

        @Override
        public String print(PrintableDocument document, Paper paper) {
            return print(document);
        }
    }

    /** 2025-07-01 10:00 in Lhasa. */
    static final Instant START = Instant.parse("2025-07-01T02:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final StationRuntime rt;
    final Village village;
    final RecordingPrintouts printouts = new RecordingPrintouts();
    int saved;

    GoodsUiStation(Path dir) {
        Messages.setLocale(Locale.ENGLISH);
        rt = TestStation.initialized(dir, clock);
        village = rt.villagers().addVillage("达雄村");
    }

    GoodsScreens screens() {
        DataChanges changes = new DataChanges();
        changes.subscribe(() -> saved++);
        return new GoodsScreens(rt.goods(), rt.villagers(), rt.settings(), rt.session(), new SameThreadTaskExecutor(),
                changes, printouts);
    }

    ConsignmentDesk desk() {
        return rt.goods();
    }

    /** Yak butter: by the kg, perishable (90 days), cold chain, 8% commission, grades 特级 and 一级. */
    Product butter() {
        return desk().addProduct(new ProductDraft("YAK-BUTTER", "牦牛酥油", "འབྲི་མར།", "Yak butter", GoodsCategory.LIVESTOCK,
                GoodsUnit.KG, true, 90, true, Commission.basisPoints(800),
                List.of(new Grade("特级", "水分≤16%"), new Grade("一级", "水分≤20%"))));
    }

    /** Honey: by the jar, two years' shelf life, 10% commission. */
    Product honey() {
        return desk().addProduct(new ProductDraft("HONEY", "蜂蜜", "སྦྲང་རྩི།", "Honey", GoodsCategory.SPECIALTY,
                GoodsUnit.JAR, true, 730, false, Commission.basisPoints(1000), List.of(new Grade("一级", "水分≤18%"))));
    }

    Producer producer(String name, String phone) {
        return desk().addProducer(new ProducerDraft(name, ProducerKind.HERDER, village.id(), phone, PayoutMethod.CASH,
                null, null, null));
    }

    Lot intake(Producer producer, Product product, String grade, String quantity, String price) {
        return desk().intake(new ConsignmentDesk.Intake(producer.id(), product.id(), grade,
                Quantity.parse(quantity, product.unit()), null, null, null, LotTerms.CONSIGNMENT, Money.parse(price), null));
    }

    @Override
    public void close() {
        rt.close();
    }
}
