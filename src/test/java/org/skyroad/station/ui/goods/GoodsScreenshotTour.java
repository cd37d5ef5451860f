package org.skyroad.station.ui.goods;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.service.DemoData;
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.Shots;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.common.Printouts;
import org.skyroad.station.ui.common.ViewLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: renders the local goods screens to PNG in English, Chinese and Tibetan for a
 * person to look at. {@code mvn test -Dtest=GoodsScreenshotTour -Dskyroad.shots=/path/to/shots}
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "skyroad.shots", matches = ".+")
class GoodsScreenshotTour {

    @TempDir
    Path dir;
    AppDriver app;
    StationRuntime rt;
    AppWindow window;
    Path out;
    Shots shots;

    @Start
    void start(Stage stage) {
        app = new AppDriver(stage).waitingUpTo(20);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private void enter(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(TextField.class).fireEvent(
                new javafx.event.ActionEvent())).get();
    }

    /** The counter's producer panel alone, as the counter would show it beside the finder. */
    private void counterPanel(UUID villagerId, String name) throws Exception {
        GoodsViews views = new GoodsViews(new GoodsScreens(rt.goods(), rt.villagers(), rt.settings(), rt.session(), app.executor(),
                new DataChanges(), Printouts.NONE));
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            ViewLoader.Loaded<CounterProducerView> l = new ViewLoader(views::controller).load("/fxml/goods/CounterProducer.fxml");
            VBox box = new VBox(l.root());
            box.getStyleClass().add("counter-side");
            Scene sc = new Scene(box, 420, 520);
            sc.getStylesheets().add(AppWindow.class.getResource(AppWindow.STYLESHEET).toExternalForm());
            l.view().showFor(villagerId);
            return sc;
        }).get();
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        shots.write(scene, name);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        out = Path.of(System.getProperty("skyroad.shots"));
        Files.createDirectories(out);
        shots = new Shots(app.stage(), out, 700);
        rt = app.closesAfter(StationRuntime.open(dir.resolve("demo/station")));
        rt.session().signIn(Actor.system("demo"));
        rt.demo().fill(42, 100, Progress.NONE);
        rt.goodsDemo().fill(42, 240, Progress.NONE);
        // A producer with sales not yet settled, and one of their sold lots, for the settlement and trace shots.
        Producer seller = null;
        String soldLot = null;
        for (Producer p : rt.goods().findProducers("", 200)) {
            ConsignmentDesk.ProducerSummary s = rt.goods().producerSummary(p.id());
            if (s.owedUnsettled().fen() > 0 && !s.recentSales().isEmpty()) {
                seller = p;
                soldLot = s.recentSales().get(0).lotCode().value();
                break;
            }
        }
        String phone = seller.phone() == null ? seller.name() : seller.phone().digits();
        String from = rt.goods().today().minusMonths(3).withDayOfMonth(1).toString();
        String lot = soldLot;
        UUID villagerId = rt.villagers().create(new VillagerDraft(seller.name(), seller.phone() == null ? null
                : seller.phone().digits(), seller.villageId(), null, null, null, true, true), true).id();
        rt.session().signOut();

        for (Language lang : new Language[] {Language.EN, Language.ZH, Language.BO}) {
            Messages.setLocale(lang.locale());
            String suffix = "-" + lang.code();
            if (window == null) {
                window = new AppWindow(app.stage(), rt, app.executor(), true);
                WaitForAsyncUtils.asyncFx(window::start).get();
                app.waitUntil(() -> Shots.shown(robot, "#username"));
                Shots.setText(robot, "#username", DemoData.DEMO_ADMIN);
                robot.clickOn("#password").write(DemoData.DEMO_PASSWORD, 0).type(KeyCode.ENTER);
                app.waitUntil(() -> Shots.shown(robot, "#areaPane") && Shots.shown(robot, "#search"));
                robot.type(KeyCode.F5);
            } else {
                WaitForAsyncUtils.asyncFx(() -> window.languageChanged(lang)).get();
            }
            app.waitUntil(() -> Shots.shown(robot, "#tabs"));
            Shots.tab(robot, 0);
            app.waitUntil(() -> robot.lookup("#producerField").queryAs(TextField.class).isFocused());
            robot.write(phone, 0).type(KeyCode.ENTER);
            robot.write("YAK-MEAT", 0).type(KeyCode.ENTER);
            Thread.sleep(400);
            robot.write("A", 0).type(KeyCode.ENTER);
            robot.write("4.5", 0).type(KeyCode.ENTER, KeyCode.ENTER, KeyCode.ENTER);
            robot.write("88", 0).type(KeyCode.ENTER);
            app.waitUntil(() -> Shots.shown(robot, "#resultBox"));
            robot.write(phone, 0).type(KeyCode.ENTER);
            robot.write("HONEY", 0).type(KeyCode.ENTER);
            shots.take("g01-intake" + suffix);

            Shots.tab(robot, 1);
            Thread.sleep(800);
            shots.take("g02-stock" + suffix);

            Shots.tab(robot, 4);
            Shots.setText(robot, "#from", from);
            Shots.setText(robot, "#settleProducer", phone);
            enter(robot, "#settleProducer");
            Thread.sleep(1200);
            shots.take("g03-settlement" + suffix);

            Shots.tab(robot, 5);
            Shots.setText(robot, "#traceCode", lot);
            enter(robot, "#traceCode");
            app.waitUntil(() -> Shots.shown(robot, "#traceLotCode"));
            shots.take("g04-trace" + suffix);

            if (lang == Language.ZH) {
                Shots.tab(robot, 7);
                Thread.sleep(500);
                shots.take("g05-products" + suffix);
                Shots.tab(robot, 2);
                shots.take("g06-sale" + suffix);
                counterPanel(villagerId, "g07-counter-producer" + suffix);
            }
        }
    }
}
