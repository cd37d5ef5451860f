package org.skyroad.station.ui.goods;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Printouts;
import org.skyroad.station.ui.common.ViewLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.service.DemoData;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.app.Fonts;
import org.skyroad.station.ui.common.FxTaskExecutor;
import org.skyroad.station.ui.common.Language;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
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
    FxTaskExecutor executor;
    Stage stage;
    StationRuntime rt;
    AppWindow window;
    Path out;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Fonts.load();
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
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(700);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            var image = stage.getScene().snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
            return null;
        }).get();
    }

    private void tab(FxRobot robot, int index) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(index)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setText(FxRobot robot, String id, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(TextField.class).setText(text)).get();
    }

    private void enter(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(TextField.class).fireEvent(
                new javafx.event.ActionEvent())).get();
    }

    private boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible();
    }

    /** The counter's producer panel alone, as the counter would show it beside the finder. */
    private void counterPanel(UUID villagerId, String name) throws Exception {
        GoodsViews views = new GoodsViews(new GoodsScreens(rt.goods(), rt.villagers(), rt.settings(), rt.session(), executor,
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
        WaitForAsyncUtils.asyncFx(() -> {
            var image = scene.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name + ".png").toFile());
            return null;
        }).get();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        out = Path.of(System.getProperty("skyroad.shots"));
        Files.createDirectories(out);
        rt = StationRuntime.open(dir.resolve("demo/station"));
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
                window = new AppWindow(stage, rt, executor, true);
                WaitForAsyncUtils.asyncFx(window::start).get();
                waitUntil(() -> shown(robot, "#username"));
                setText(robot, "#username", DemoData.DEMO_ADMIN);
                robot.clickOn("#password").write(DemoData.DEMO_PASSWORD, 0).type(KeyCode.ENTER);
                waitUntil(() -> shown(robot, "#areaPane") && shown(robot, "#search"));
                robot.type(KeyCode.F5);
            } else {
                WaitForAsyncUtils.asyncFx(() -> window.languageChanged(lang)).get();
            }
            waitUntil(() -> shown(robot, "#tabs"));
            tab(robot, 0);
            waitUntil(() -> robot.lookup("#producerField").queryAs(TextField.class).isFocused());
            robot.write(phone, 0).type(KeyCode.ENTER);
            robot.write("YAK-MEAT", 0).type(KeyCode.ENTER);
            Thread.sleep(400);
            robot.write("A", 0).type(KeyCode.ENTER);
            robot.write("4.5", 0).type(KeyCode.ENTER, KeyCode.ENTER, KeyCode.ENTER);
            robot.write("88", 0).type(KeyCode.ENTER);
            waitUntil(() -> shown(robot, "#resultBox"));
            robot.write(phone, 0).type(KeyCode.ENTER);
            robot.write("HONEY", 0).type(KeyCode.ENTER);
            shot("g01-intake" + suffix);

            tab(robot, 1);
            Thread.sleep(800);
            shot("g02-stock" + suffix);

            tab(robot, 4);
            setText(robot, "#from", from);
            setText(robot, "#settleProducer", phone);
            enter(robot, "#settleProducer");
            Thread.sleep(1200);
            shot("g03-settlement" + suffix);

            tab(robot, 5);
            setText(robot, "#traceCode", lot);
            enter(robot, "#traceCode");
            waitUntil(() -> shown(robot, "#traceLotCode"));
            shot("g04-trace" + suffix);

            if (lang == Language.ZH) {
                tab(robot, 7);
                Thread.sleep(500);
                shot("g05-products" + suffix);
                tab(robot, 2);
                shot("g06-sale" + suffix);
                counterPanel(villagerId, "g07-counter-producer" + suffix);
            }
        }
    }
}
