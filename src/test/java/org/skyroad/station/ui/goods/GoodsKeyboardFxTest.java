package org.skyroad.station.ui.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.goods.Commission;
import org.skyroad.station.domain.goods.GoodsCategory;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.Grade;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.PayoutMethod;
import org.skyroad.station.domain.goods.ProducerDraft;
import org.skyroad.station.domain.goods.ProducerKind;
import org.skyroad.station.domain.goods.ProductDraft;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.goods.TraceEvent;
import org.skyroad.station.domain.report.LotLabelPrint;
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.UiFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The local goods area with the keyboard and a scanner only: a lot taken in by typing the
 * producer's phone tail, the product, grade, quantity and price, each closed by Enter; its
 * label goes to printing and the code shows large; then Ctrl+6 and the code scanned (typed
 * and Enter) shows the lot's history.
 */
@ExtendWith(ApplicationExtension.class)
class GoodsKeyboardFxTest {

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

    private void typeAndEnter(String text) {
        app.robot().write(text, 0).type(KeyCode.ENTER);
    }

    @Test
    void aLotIsTakenInByKeyboardThenTracedByScanningItsCode(FxRobot robot) throws Exception {
        app.use(robot);
        rt = app.closesAfter(UiFixtures.setUpStation(dir));
        UiFixtures.signInAsSystem(rt);
        var village = UiFixtures.village(rt, "达雄村");
        rt.goods().addProduct(new ProductDraft("CASHMERE", "山羊绒", "ར་བལ།", "Cashmere", GoodsCategory.LIVESTOCK,
                GoodsUnit.KG, false, null, false, Commission.basisPoints(500),
                List.of(new Grade("A", "≥36 mm, ≤15.5 µm"), new Grade("B", "≥32 mm, ≤16 µm"))));
        rt.goods().addProducer(new ProducerDraft("Tashi", ProducerKind.HERDER, village.id(), "13800138000",
                PayoutMethod.CASH, null, null, null));
        rt.session().signOut();
        GoodsUiStation.RecordingPrintouts printouts = new GoodsUiStation.RecordingPrintouts();
        app.open(rt, window -> {
            window.setPrintouts(printouts);
            window.start();
        });
        app.signIn();

        robot.type(KeyCode.F5);                              // the goods area opens on intake
        app.waitUntil(() -> app.focused("#producerField"));
        typeAndEnter("8000");                                // the producer by the phone's last four digits
        app.waitUntil(() -> app.focused("#productField"));
        app.waitUntil(() -> app.text("#producerChosen").startsWith("Tashi"));
        typeAndEnter("cashmere");
        app.waitUntil(() -> app.focused("#gradeField"));
        assertTrue(app.text("#gradeHint").contains("A / B"), app.text("#gradeHint"));
        typeAndEnter("A");
        app.waitUntil(() -> app.focused("#quantityField"));
        typeAndEnter("12.5");
        app.waitUntil(() -> app.focused("#producedOnField"));    // weight is skipped: cashmere is weighed in kg
        robot.type(KeyCode.ENTER);                           // made today
        app.waitUntil(() -> app.focused("#noteField"));
        robot.type(KeyCode.ENTER);
        app.waitUntil(() -> app.focused("#priceField"));
        typeAndEnter("320");                                 // Enter in the price saves
        app.waitUntil(() -> !app.text("#lotCode").isEmpty());
        app.waitUntil(() -> app.focused("#producerField"));      // ready for the next intake

        String code = app.text("#lotCode");
        UiFixtures.signInAsSystem(rt);
        Lot lot = rt.goods().lot(code);
        assertEquals(Quantity.kg("12.5"), lot.onHand());
        assertEquals("A", lot.grade());
        assertEquals(1, printouts.printed.size());
        assertEquals(code, ((LotLabelPrint) printouts.printed.get(0)).lotCode());

        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT6).release(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        app.waitUntil(() -> app.focused("#traceCode"));
        typeAndEnter(code);                                  // the scanner: the code and Enter
        app.waitUntil(() -> !robot.lookup("#traceEvents").queryAs(TableView.class).getItems().isEmpty());
        assertEquals(code, app.text("#traceLotCode"));
        TraceEvent first = (TraceEvent) robot.lookup("#traceEvents").queryAs(TableView.class).getItems().get(0);
        assertEquals(TraceEvent.Kind.INTAKE, first.kind());
        assertEquals(code, first.lotCode().value());
    }
}
