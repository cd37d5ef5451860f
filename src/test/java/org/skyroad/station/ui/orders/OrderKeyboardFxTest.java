package org.skyroad.station.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderStatus;
import org.skyroad.station.domain.report.OrderReceipt;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.ui.app.AppWindow;
import org.skyroad.station.ui.common.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Orders with the keyboard only, from the counter. The budget: an order of one catalog
 * item for a found villager, paid in full, in at most 15 keys. Every key the test sends is
 * counted, finding the villager by their phone's last four digits included. Then an order of
 * two lines (one from the catalog, one typed) with a deposit, from the orders area.
 */
@ExtendWith(ApplicationExtension.class)
class OrderKeyboardFxTest {

    @TempDir
    Path dir;
    OrderUiStation st;
    StationRuntime rt;
    FxTaskExecutor executor;
    Stage stage;
    FxRobot robot;
    int keys;

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
        if (st != null) {
            st.close();
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private boolean focused(String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isFocused();
    }

    private int size(String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        if (n instanceof TableView<?> t) {
            return t.getItems().size();
        }
        return n instanceof ListView<?> l ? l.getItems().size() : -1;
    }

    private String text(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(Label.class).getText()).get();
    }

    private void key(KeyCode code) {
        robot.type(code);
        keys++;
    }

    private void typeKeys(String text) {
        robot.write(text, 0);
        keys += text.length();
    }

    private void chord(KeyCode modifier, KeyCode code) {
        robot.press(modifier).press(code).release(code).release(modifier);
        keys++;
    }

    private List<Order> orders() {
        return rt.orders().withStatus(OrderStatus.PAID).stream().map(l -> l.order()).toList();
    }

    @Test
    void aCatalogItemIsOrderedPaidInFullWithinFifteenKeysAndATwoLineOrderTakesADeposit(FxRobot robot)
            throws Exception {
        this.robot = robot;
        // An operator already signed in: the sign-in screen is another test's business.
        st = new OrderUiStation(dir);
        rt = st.rt;
        Villager tashi = st.tashi;
        RecordingPrintouts printouts = st.printouts;
        WaitForAsyncUtils.asyncFx(() -> {
            AppWindow w = new AppWindow(stage, rt, executor, false);
            w.setPrintouts(printouts);
            w.signedIn(rt.session().actor().orElseThrow());
        });
        waitUntil(() -> focused("#search"));

        // The counter: the phone's last four digits find the villager; their (empty) orders show.
        keys = 0;
        typeKeys("8000");
        waitUntil(() -> size("#table") == 1 && !text("#counterDue").isEmpty());
        int toFind = keys;
        chord(KeyCode.CONTROL, KeyCode.O);                 // new order for them
        waitUntil(() -> focused("#item"));
        typeKeys("ra");                                    // "Rain boots" completes from the catalog
        waitUntil(() -> size("#suggestions") == 1);
        key(KeyCode.ENTER);                                // taken: platform, link, price filled
        waitUntil(() -> focused("#quantity"));
        key(KeyCode.ENTER);                                // quantity 1: the line is added
        waitUntil(() -> size("#lines") == 1 && focused("#item"));
        chord(KeyCode.CONTROL, KeyCode.S);                 // paid in full, saved, receipt printed
        waitUntil(() -> printouts.printed.size() == 1 && focused("#villagerSearch"));
        int total = keys;

        List<Order> paid = orders();
        assertEquals(1, paid.size());
        Order first = paid.get(0);
        assertEquals(tashi.id(), first.villagerId());
        assertEquals(Money.parse("47.25"), first.total());
        assertEquals(first.total(), first.paid());
        OrderReceipt receipt = (OrderReceipt) printouts.printed.get(0);
        assertEquals(first.number(), receipt.orderNumber());
        assertEquals(Money.parse("47.25"), receipt.total());
        assertEquals("Rain boots", receipt.lines().get(0).item());
        assertTrue(text("#message").contains(first.number()), text("#message"));
        assertTrue(total <= 15, "one catalog item for a found villager, paid in full, in at most 15 keys; was " + total);
        assertTrue(total - toFind <= 6, "after the villager is found, at most 6 keys; was " + (total - toFind));

        // The next order starts at once: two lines, a deposit.
        typeKeys("8000");
        key(KeyCode.ENTER);                                // one match: chosen, the cursor on the item
        waitUntil(() -> focused("#item"));
        typeKeys("ric");
        waitUntil(() -> size("#suggestions") == 1);
        key(KeyCode.ENTER);
        waitUntil(() -> focused("#quantity"));
        key(KeyCode.ENTER);
        waitUntil(() -> size("#lines") == 1 && focused("#item"));
        typeKeys("Tea");
        key(KeyCode.ENTER);                                // free-form: on to the link
        waitUntil(() -> focused("#link"));
        typeKeys("X1");
        key(KeyCode.ENTER);
        waitUntil(() -> focused("#quantity"));
        typeKeys("2");
        key(KeyCode.ENTER);                                // no price yet: on to the price
        waitUntil(() -> focused("#unitPrice"));
        typeKeys("15");
        key(KeyCode.ENTER);
        waitUntil(() -> size("#lines") == 2 && focused("#item"));
        chord(KeyCode.ALT, KeyCode.P);
        waitUntil(() -> focused("#payment"));
        typeKeys("100");
        key(KeyCode.ENTER);
        waitUntil(() -> printouts.printed.size() == 2);

        Order second = orders().stream().filter(o -> !o.id().equals(first.id())).findFirst().orElseThrow();
        // goods 199 + 30, fee 5 % = 11.45
        assertEquals(Money.parse("240.45"), second.total());
        assertEquals(Money.parse("100.00"), second.paid());
        assertEquals(2, second.lines().size());
        OrderReceipt deposit = (OrderReceipt) printouts.printed.get(1);
        assertEquals(Money.parse("140.45"), deposit.balanceDue());
        waitUntil(() -> text("#message").contains(second.number()));
        System.out.printf("order keys: villager found %d, catalog order paid in full %d in all%n", toFind, total);
    }
}
