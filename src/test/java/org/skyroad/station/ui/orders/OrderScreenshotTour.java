package org.skyroad.station.ui.orders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.CatalogItem;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.Shots;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.common.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: renders the order screens and the counter with a villager's orders to PNG, in
 * English, Chinese and Tibetan, for a person to look at.
 * {@code mvn test -Dtest=OrderScreenshotTour -Dskyroad.shots=/path/to/shots}
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "skyroad.shots", matches = ".+")
class OrderScreenshotTour {

    @TempDir
    Path dir;
    AppDriver app;
    OrderUiStation st;
    AppWindow window;
    Path out;
    Shots shots;
    FxRobot robot;

    @Start
    void start(Stage stage) {
        app = new AppDriver(stage).waitingUpTo(30);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private boolean focused(String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isFocused();
    }

    private int rows(String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n instanceof TableView<?> t ? t.getItems().size() : -1;
    }

    private void chord(KeyCode modifier, KeyCode code) {
        robot.press(modifier).press(code).release(code).release(modifier);
    }

    private void setText(String id, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(TextField.class).setText(text)).get();
    }

    private void seed() {
        List<CatalogItem.Draft> items = List.of(
                new CatalogItem.Draft("羽绒服 男款 加厚 down coat", Platform.TAOBAO,
                        "https://item.taobao.com/item.htm?id=680012345678&skuId=5012345", Money.parse("268.00"),
                        ItemCategory.CLOTHING),
                new CatalogItem.Draft("布洛芬缓释胶囊 ibuprofen", Platform.JD, "JD-100012345", Money.parse("16.00"),
                        ItemCategory.MEDICINE),
                new CatalogItem.Draft("电热水壶 kettle", Platform.PINDUODUO, "PDD-88123", Money.parse("59.90"),
                        ItemCategory.APPLIANCE),
                new CatalogItem.Draft("尿素化肥 urea 50kg", Platform.OTHER, null, Money.parse("145.00"),
                        ItemCategory.FARM_INPUTS));
        st.rt.catalog().addAll(items);
        OrderDraft coat = OrderDraft.of(st.tashi.id(), List.of(
                new OrderDraft.Line(Platform.TAOBAO, "羽绒服 男款 加厚 down coat",
                        "https://item.taobao.com/item.htm?id=680012345678&skuId=5012345", 1, Money.parse("268.00"),
                        ItemCategory.CLOTHING, null),
                new OrderDraft.Line(Platform.JD, "布洛芬缓释胶囊 ibuprofen", "JD-100012345", 2, Money.parse("16.00"),
                        ItemCategory.MEDICINE, null)), Money.parse("10.00"));
        st.rt.orders().createAndPay(coat, Money.parse("100.00"));
        Order kettle = st.paidOrder(st.tashi, "59.90", null);
        st.rt.orders().markPlaced(kettle.id(), kettle.version(), "PDD-240001122");
        st.paidOrder(st.dolma, "145.00", "50");
        st.paidOrder(st.dolma, "32.50", null);
    }

    private void tourIn(String lang) throws Exception {
        robot.type(KeyCode.F1);
        app.waitUntil(() -> focused("#search"));
        setText("#search", "8000");
        app.waitUntil(() -> rows("#table") == 1 && rows("#counterOrders") == 2);
        shots.take("o1-counter-" + lang);
        chord(KeyCode.CONTROL, KeyCode.O);
        app.waitUntil(() -> focused("#item"));
        robot.write("down", 0);
        Thread.sleep(400);
        robot.type(KeyCode.ENTER);
        app.waitUntil(() -> focused("#quantity"));
        robot.type(KeyCode.ENTER);
        app.waitUntil(() -> rows("#lines") == 1);
        robot.write("Tea bricks", 0).type(KeyCode.ENTER).write("TB-5566", 0).type(KeyCode.ENTER).write("2", 0)
                .type(KeyCode.ENTER).write("15", 0).type(KeyCode.ENTER);
        app.waitUntil(() -> rows("#lines") == 2);
        robot.write("ibu", 0);
        Thread.sleep(600);
        chord(KeyCode.ALT, KeyCode.P);
        robot.write("100", 0);
        shots.take("o2-new-order-" + lang);
        setText("#item", "");
        chord(KeyCode.CONTROL, KeyCode.DIGIT3);
        app.waitUntil(() -> rows("#queue") >= 3);
        shots.take("o3-queue-" + lang);
        chord(KeyCode.CONTROL, KeyCode.DIGIT2);
        app.waitUntil(() -> rows("#orders") >= 4);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#orders").queryAs(TableView.class).getSelectionModel().select(1))
                .get();
        shots.take("o4-list-" + lang);
        chord(KeyCode.CONTROL, KeyCode.DIGIT4);
        app.waitUntil(() -> rows("#catalogItems") >= 4);
        shots.take("o5-catalog-" + lang);
        chord(KeyCode.CONTROL, KeyCode.DIGIT1);
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        this.robot = robot;
        out = Path.of(System.getProperty("skyroad.shots"));
        Files.createDirectories(out);
        shots = new Shots(app.stage(), out, 700);
        st = app.closesAfter(new OrderUiStation(dir));
        seed();
        window = new AppWindow(app.stage(), st.rt, app.executor(), false);
        window.setPrintouts(st.printouts);
        WaitForAsyncUtils.asyncFx(() -> window.signedIn(st.rt.session().actor().orElseThrow())).get();
        app.waitUntil(() -> focused("#search"));
        tourIn("en");
        for (Language lang : List.of(Language.ZH, Language.BO)) {
            WaitForAsyncUtils.asyncFx(() -> window.languageChanged(lang)).get();
            Thread.sleep(500);
            tourIn(lang.code());
        }
        Messages.setLocale(java.util.Locale.ENGLISH);
    }
}
