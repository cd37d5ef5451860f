package org.skyroad.station.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
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
import org.skyroad.station.ui.AppDriver;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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
    AppDriver app;

    @Start
    void start(Stage stage) {
        app = new AppDriver(stage);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    private int size(String id) {
        Node n = app.robot().lookup(id).tryQuery().orElse(null);
        if (n instanceof TableView<?> t) {
            return t.getItems().size();
        }
        return n instanceof ListView<?> l ? l.getItems().size() : -1;
    }

    private List<Order> orders() {
        return rt.orders().withStatus(OrderStatus.PAID).stream().map(l -> l.order()).toList();
    }

    @Test
    void aCatalogItemIsOrderedPaidInFullWithinFifteenKeysAndATwoLineOrderTakesADeposit(FxRobot robot)
            throws Exception {
        app.use(robot);
        // An operator already signed in: the sign-in screen is another test's business.
        st = app.closesAfter(new OrderUiStation(dir));
        rt = st.rt;
        Villager tashi = st.tashi;
        RecordingPrintouts printouts = st.printouts;
        app.open(rt, w -> {
            w.setPrintouts(printouts);
            w.signedIn(rt.session().actor().orElseThrow());
        });
        app.waitUntil(() -> app.focused("#search"));

        // The counter: the phone's last four digits find the villager; their (empty) orders show.
        app.resetKeys();
        app.typeKeys("8000");
        app.waitUntil(() -> size("#table") == 1 && !app.text("#counterDue").isEmpty());
        int toFind = app.keys();
        app.chord(KeyCode.CONTROL, KeyCode.O);             // new order for them
        app.waitUntil(() -> app.focused("#item"));
        app.typeKeys("ra");                                // "Rain boots" completes from the catalog
        app.waitUntil(() -> size("#suggestions") == 1);
        app.key(KeyCode.ENTER);                            // taken: platform, link, price filled
        app.waitUntil(() -> app.focused("#quantity"));
        app.key(KeyCode.ENTER);                            // quantity 1: the line is added
        app.waitUntil(() -> size("#lines") == 1 && app.focused("#item"));
        app.chord(KeyCode.CONTROL, KeyCode.S);             // paid in full, saved, receipt printed
        app.waitUntil(() -> printouts.printed.size() == 1 && app.focused("#villagerSearch"));
        int total = app.keys();

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
        assertTrue(app.text("#message").contains(first.number()), app.text("#message"));
        assertTrue(total <= 15, "one catalog item for a found villager, paid in full, in at most 15 keys; was " + total);
        assertTrue(total - toFind <= 6, "after the villager is found, at most 6 keys; was " + (total - toFind));

        // The next order starts at once: two lines, a deposit.
        app.typeKeys("8000");
        app.key(KeyCode.ENTER);                            // one match: chosen, the cursor on the item
        app.waitUntil(() -> app.focused("#item"));
        app.typeKeys("ric");
        app.waitUntil(() -> size("#suggestions") == 1);
        app.key(KeyCode.ENTER);
        app.waitUntil(() -> app.focused("#quantity"));
        app.key(KeyCode.ENTER);
        app.waitUntil(() -> size("#lines") == 1 && app.focused("#item"));
        app.typeKeys("Tea");
        app.key(KeyCode.ENTER);                            // free-form: on to the link
        app.waitUntil(() -> app.focused("#link"));
        app.typeKeys("X1");
        app.key(KeyCode.ENTER);
        app.waitUntil(() -> app.focused("#quantity"));
        app.typeKeys("2");
        app.key(KeyCode.ENTER);                            // no price yet: on to the price
        app.waitUntil(() -> app.focused("#unitPrice"));
        app.typeKeys("15");
        app.key(KeyCode.ENTER);
        app.waitUntil(() -> size("#lines") == 2 && app.focused("#item"));
        app.chord(KeyCode.ALT, KeyCode.P);
        app.waitUntil(() -> app.focused("#payment"));
        app.typeKeys("100");
        app.key(KeyCode.ENTER);
        app.waitUntil(() -> printouts.printed.size() == 2);

        Order second = orders().stream().filter(o -> !o.id().equals(first.id())).findFirst().orElseThrow();
        // goods 199 + 30, fee 5 % = 11.45
        assertEquals(Money.parse("240.45"), second.total());
        assertEquals(Money.parse("100.00"), second.paid());
        assertEquals(2, second.lines().size());
        OrderReceipt deposit = (OrderReceipt) printouts.printed.get(1);
        assertEquals(Money.parse("140.45"), deposit.balanceDue());
        app.waitUntil(() -> app.text("#message").contains(second.number()));
        System.out.printf("order keys: villager found %d, catalog order paid in full %d in all%n", toFind, total);
    }
}
