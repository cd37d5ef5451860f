package org.skyroad.station.ui.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
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
import org.skyroad.station.ui.UiFixtures;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.common.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
    FxTaskExecutor executor;
    Stage stage;
    FxRobot robot;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        org.skyroad.station.ui.app.Fonts.load();
        executor = new FxTaskExecutor();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        executor.close();
        if (rt != null) {
            rt.close();
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private boolean focused(String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isFocused();
    }

    private String text(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(Label.class).getText()).get();
    }

    private void typeAndEnter(String text) {
        robot.write(text, 0).type(KeyCode.ENTER);
    }

    @Test
    void aLotIsTakenInByKeyboardThenTracedByScanningItsCode(FxRobot robot) throws Exception {
        this.robot = robot;
        rt = UiFixtures.setUpStation(dir);
        UiFixtures.signInAsSystem(rt);
        var village = UiFixtures.village(rt, "达雄村");
        rt.goods().addProduct(new ProductDraft("CASHMERE", "山羊绒", "ར་བལ།", "Cashmere", GoodsCategory.LIVESTOCK,
                GoodsUnit.KG, false, null, false, Commission.basisPoints(500),
                List.of(new Grade("A", "≥36 mm, ≤15.5 µm"), new Grade("B", "≥32 mm, ≤16 µm"))));
        rt.goods().addProducer(new ProducerDraft("Tashi", ProducerKind.HERDER, village.id(), "13800138000",
                PayoutMethod.CASH, null, null, null));
        rt.session().signOut();
        GoodsUiStation.RecordingPrintouts printouts = new GoodsUiStation.RecordingPrintouts();
        WaitForAsyncUtils.asyncFx(() -> {
            AppWindow window = new AppWindow(stage, rt, executor, false);
            window.setPrintouts(printouts);
            window.start();
        });
        waitUntil(() -> focused("#username"));
        robot.write(UiFixtures.ADMIN, 0).type(KeyCode.TAB).write(UiFixtures.PASSWORD, 0).type(KeyCode.ENTER);
        waitUntil(() -> focused("#search"));

        robot.type(KeyCode.F5);                              // the goods area opens on intake
        waitUntil(() -> focused("#producerField"));
        typeAndEnter("8000");                                // the producer by the phone's last four digits
        waitUntil(() -> focused("#productField"));
        waitUntil(() -> text("#producerChosen").startsWith("Tashi"));
        typeAndEnter("cashmere");
        waitUntil(() -> focused("#gradeField"));
        assertTrue(text("#gradeHint").contains("A / B"), text("#gradeHint"));
        typeAndEnter("A");
        waitUntil(() -> focused("#quantityField"));
        typeAndEnter("12.5");
        waitUntil(() -> focused("#producedOnField"));        // weight is skipped: cashmere is weighed in kg
        robot.type(KeyCode.ENTER);                           // made today
        waitUntil(() -> focused("#noteField"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> focused("#priceField"));
        typeAndEnter("320");                                 // Enter in the price saves
        waitUntil(() -> !text("#lotCode").isEmpty());
        waitUntil(() -> focused("#producerField"));          // ready for the next intake

        String code = text("#lotCode");
        UiFixtures.signInAsSystem(rt);
        Lot lot = rt.goods().lot(code);
        assertEquals(Quantity.kg("12.5"), lot.onHand());
        assertEquals("A", lot.grade());
        assertEquals(1, printouts.printed.size());
        assertEquals(code, ((LotLabelPrint) printouts.printed.get(0)).lotCode());

        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT6).release(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        waitUntil(() -> focused("#traceCode"));
        typeAndEnter(code);                                  // the scanner: the code and Enter
        waitUntil(() -> !robot.lookup("#traceEvents").queryAs(TableView.class).getItems().isEmpty());
        assertEquals(code, text("#traceLotCode"));
        TraceEvent first = (TraceEvent) robot.lookup("#traceEvents").queryAs(TableView.class).getItems().get(0);
        assertEquals(TraceEvent.Kind.INTAKE, first.kind());
        assertEquals(code, first.lotCode().value());
    }
}
