package org.skyroad.station.ui.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.cash.CashMovement;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.BuyerKind;
import org.skyroad.station.domain.goods.Commission;
import org.skyroad.station.domain.goods.GoodsCategory;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.Grade;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.ProducerDraft;
import org.skyroad.station.domain.goods.ProducerKind;
import org.skyroad.station.domain.goods.ProductDraft;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.goods.Settlement;
import org.skyroad.station.domain.goods.SettlementStatus;
import org.skyroad.station.domain.goods.TraceEvent;
import org.skyroad.station.domain.report.LotLabelPrint;
import org.skyroad.station.domain.report.ProducerSettlement;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.UiFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A lot from intake to the producer's signed statement, with the keyboard and a scanner only:
 * the operator takes the lot in (its code shows large and its label goes to printing), sells it
 * to a platform order by scanning the code and ships it; then the manager settles the
 * producer's month, pays it out in cash from the drawer and prints the statement.
 */
@ExtendWith(ApplicationExtension.class)
class GoodsSaleSettlementFxTest {

    private static final String MANAGER = "dolkar";

    @TempDir
    Path dir;
    StationRuntime rt;
    AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(stage);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /** A label of the tab that holds {@code anchorId}: every goods tab has its own #error and #message. */
    private String textIn(String anchorId, String id) throws Exception {
        return onFx(() -> ((Label) nodeIn(anchorId, id)).getText());
    }

    private List<?> rowsIn(String anchorId, String id) throws Exception {
        return onFx(() -> List.copyOf(((TableView<?>) nodeIn(anchorId, id)).getItems()));
    }

    private Node nodeIn(String anchorId, String id) {
        Node tab = app.robot().lookup(anchorId).query();
        while (!tab.getStyleClass().contains("tab-content")) {
            tab = tab.getParent();
        }
        return tab.lookup(id);
    }

    private List<?> rows(String id) throws Exception {
        return onFx(() -> List.copyOf(app.robot().lookup(id).queryAs(TableView.class).getItems()));
    }

    private void typeAndEnter(String text) {
        app.robot().write(text, 0).type(KeyCode.ENTER);
    }

    @Test
    void aLotIsTakenInSoldShippedAndItsProducerSettledPaidInCashAndGivenTheStatement(FxRobot robot) throws Exception {
        app.use(robot);
        rt = app.closesAfter(UiFixtures.setUpStation(dir));
        UiFixtures.signInAsSystem(rt);
        var village = UiFixtures.village(rt, "达雄村");
        rt.goods().addProduct(new ProductDraft("CASHMERE", "山羊绒", "ར་བལ།", "Cashmere", GoodsCategory.LIVESTOCK,
                GoodsUnit.KG, false, null, false, Commission.basisPoints(500),
                List.of(new Grade("A", "≥36 mm, ≤15.5 µm"), new Grade("B", "≥32 mm, ≤16 µm"))));
        Producer tashi = rt.goods().addProducer(new ProducerDraft("Tashi", ProducerKind.HERDER, village.id(),
                "13800138000", PayoutMethod.CASH, null, null, null));
        rt.staff().add(MANAGER, "Dolkar", Role.MANAGER, UiFixtures.PASSWORD.toCharArray());
        rt.cash().record(CashMovementKind.FLOAT_IN, Money.parse("5000"), "float", null, null);
        rt.session().signOut();
        GoodsUiStation.RecordingPrintouts printouts = new GoodsUiStation.RecordingPrintouts();
        app.open(rt, window -> {
            window.setPrintouts(printouts);
            window.start();
        });
        app.signIn();

        // Intake: 12.5 kg of grade A cashmere at 320 a kg.
        robot.type(KeyCode.F5);
        app.waitUntil(() -> app.focused("#producerField"));
        typeAndEnter("8000");
        app.waitUntil(() -> app.focused("#productField"));
        typeAndEnter("cashmere");
        app.waitUntil(() -> app.focused("#gradeField"));
        typeAndEnter("A");
        app.waitUntil(() -> app.focused("#quantityField"));
        typeAndEnter("12.5");
        app.waitUntil(() -> app.focused("#producedOnField"));
        robot.type(KeyCode.ENTER);
        app.waitUntil(() -> app.focused("#noteField"));
        robot.type(KeyCode.ENTER);
        app.waitUntil(() -> app.focused("#priceField"));
        typeAndEnter("320");
        app.waitUntil(() -> !app.text("#lotCode").isEmpty());
        app.waitUntil(() -> printouts.printed.size() == 1);

        String code = app.text("#lotCode");
        Label shown = onFx(() -> robot.lookup("#lotCode").queryAs(Label.class));
        assertTrue(onFx(() -> shown.isVisible() && shown.getScene() != null && shown.getWidth() > 0), "the code is on screen");
        assertTrue(onFx(() -> shown.getFont().getSize()) >= 24, "the code is large enough to copy onto a sack");
        LotLabelPrint label = (LotLabelPrint) printouts.printed.get(0);
        assertEquals(code, label.lotCode());

        // Sale to a platform order: the buyer, the order number, the code scanned, Ctrl+Enter.
        app.chord(KeyCode.CONTROL, KeyCode.DIGIT3);
        app.waitUntil(() -> app.focused("#buyerName"));
        typeAndEnter("Pinduoduo");
        app.waitUntil(() -> app.focused("#buyerReference"));
        typeAndEnter("PDD-240518");
        app.waitUntil(() -> app.focused("#scan"));
        typeAndEnter(code);
        app.waitUntil(() -> rows("#drafts").size() == 1);
        app.chord(KeyCode.CONTROL, KeyCode.ENTER);
        app.waitUntil(() -> rows("#saleLines").size() == 1);
        assertTrue(app.text("#saleSummary").contains("Pinduoduo"), app.text("#saleSummary"));
        assertTrue(rows("#drafts").isEmpty());

        // The shipment: the cursor waits in the carrier; Enter in the tracking number ships it all.
        app.waitUntil(() -> app.focused("#carrier"));
        typeAndEnter("SF");
        app.waitUntil(() -> app.focused("#tracking"));
        typeAndEnter("SF1234567890");
        app.waitUntil(() -> rows("#shipments").size() == 1);
        assertEquals("", textIn("#scan", "#error"));

        UiFixtures.signInAsSystem(rt);
        Lot sold = rt.goods().lot(code);
        assertTrue(sold.onHand().isZero(), "the whole lot is sold");
        List<TraceEvent> events = rt.goods().trace(sold.code()).events();
        TraceEvent saleEvent = events.stream().filter(e -> e.kind() == TraceEvent.Kind.SALE).findFirst().orElseThrow();
        ConsignmentDesk.SaleResult sale = rt.goods().sale(saleEvent.refId());
        assertEquals(BuyerKind.PLATFORM_ORDER, sale.sale().buyerKind());
        assertEquals("PDD-240518", sale.sale().buyerReference());
        assertEquals(Money.parse("4000"), sale.sale().total());
        assertEquals(1, sale.lines().size());
        assertTrue(sale.lines().get(0).toShip().isZero(), "shipped in full");
        assertEquals(1, events.stream().filter(e -> e.kind() == TraceEvent.Kind.SHIPMENT).count());
        Money drawerBefore = rt.cash().expectedBalance();
        rt.session().signOut();

        // The manager: the producer, this month so far, Ctrl+Enter settles, Alt+P pays, Ctrl+P prints.
        app.chord(KeyCode.CONTROL, KeyCode.L);
        app.signIn(MANAGER, UiFixtures.PASSWORD);
        robot.type(KeyCode.F5);
        app.chord(KeyCode.CONTROL, KeyCode.DIGIT5);
        app.waitUntil(() -> app.focused("#settleProducer"));
        typeAndEnter("8000");
        app.waitUntil(() -> rowsIn("#settleProducer", "#lines").size() == 1);
        assertEquals(GoodsFormat.money(Money.parse("3800")), app.text("#due"));   // 4,000 less 5%
        app.chord(KeyCode.CONTROL, KeyCode.ENTER);
        app.waitUntil(() -> rows("#settlements").size() == 1);
        app.waitUntil(() -> rowsIn("#settleProducer", "#lines").isEmpty());
        app.chord(KeyCode.ALT, KeyCode.P);
        app.waitUntil(() -> ((Settlement) rows("#settlements").get(0)).status() == SettlementStatus.PAID);
        app.chord(KeyCode.CONTROL, KeyCode.P);
        app.waitUntil(() -> printouts.printed.size() == 2);
        app.waitUntil(() -> textIn("#settleProducer", "#message").startsWith("Printed"));
        assertEquals("", textIn("#settleProducer", "#error"));

        ProducerSettlement statement = (ProducerSettlement) printouts.printed.get(1);
        assertEquals("Tashi", statement.producer());
        assertEquals(1, statement.lines().size());
        assertEquals(code, statement.lines().get(0).lotCode());
        assertEquals(Money.parse("3800"), statement.paid());

        // Paying again by mistake is refused: the settlement is paid once, one movement out of the drawer.
        app.chord(KeyCode.ALT, KeyCode.P);
        app.waitUntil(() -> textIn("#settleProducer", "#error").contains("already paid"));

        UiFixtures.signInAsSystem(rt);
        List<Settlement> settlements = rt.goods().settlementsOf(tashi.id(), 10);
        assertEquals(1, settlements.size());
        Settlement paid = settlements.get(0);
        assertEquals(SettlementStatus.PAID, paid.status());
        assertEquals(PayoutMethod.CASH, paid.payoutMethod());
        assertEquals(Money.parse("3800"), paid.due());
        List<CashMovement> out = rt.cash().movementsFor("settlement", paid.id());
        assertEquals(1, out.size());
        assertEquals(CashMovementKind.PRODUCER_PAYOUT, out.get(0).kind());
        assertEquals(Money.parse("-3800"), out.get(0).amount(), "out of the drawer");
        assertEquals(drawerBefore.minus(Money.parse("3800")), rt.cash().expectedBalance());
        assertTrue(rt.goods().previewSettlement(tashi.id(), paid.periodFrom(), paid.periodTo()).isEmpty(),
                "nothing of the period is left to settle");
    }
}
