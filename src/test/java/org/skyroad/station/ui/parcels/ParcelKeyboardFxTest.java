package org.skyroad.station.ui.parcels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.ui.AppDriver;
import org.skyroad.station.ui.UiFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The parcel desk with the keyboard and a scanner only: parcels checked in by scanning, then
 * two handed over by their pickup codes. Every key the test sends is counted, except the
 * characters of a scanned tracking number and the Enter the scanner sends after them.
 *
 * <p>The budget: a parcel whose phone the station already knows (its assisted order was
 * shipped with this number) is checked in with one scan plus at most one key; a handover by
 * pickup code takes at most six keys. A phone the operator reads off the label costs its digits
 * besides; the test measures those too.
 */
@ExtendWith(ApplicationExtension.class)
class ParcelKeyboardFxTest {

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

    private int recentCount() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> app.robot().lookup("#recent").queryAs(TableView.class).getItems().size()).get();
    }

    private void shippedOrder(Villager v, String tracking) {
        OrderDraft draft = OrderDraft.of(v.id(), List.of(OrderDraft.Line.of(Platform.JD, "保温杯 flask", "JD-1", 1,
                Money.parse("45.00"))), Money.ZERO);
        Order o = rt.orders().createAndPay(draft, rt.orders().quote(draft).total());
        o = rt.orders().markPlaced(o.id(), o.version(), "JD-" + tracking);
        rt.orders().markShipped(o.id(), o.version(), tracking);
    }

    @Test
    void parcelsAreCheckedInByScanningAndTwoHandedOverByPickupCodeWithFewKeys(FxRobot robot) throws Exception {
        app.use(robot);
        rt = app.closesAfter(UiFixtures.setUpStation(dir));
        UiFixtures.signInAsSystem(rt);
        var village = UiFixtures.village(rt, "达雄村");
        Villager tashi = UiFixtures.villager(rt, "扎西", "13800138000", village, null);
        Villager dolma = UiFixtures.villager(rt, "卓玛", "13900135678", village, null);
        Villager dorje = UiFixtures.villager(rt, "Dorje", "15100151234", village, null);
        shippedOrder(dolma, "75123456789012");
        shippedOrder(dorje, "SF7654321098765");
        rt.session().signOut();
        app.start(rt);
        app.signIn();

        app.resetKeys();
        app.key(KeyCode.F4);                                 // the parcels area opens on check-in
        app.waitUntil(() -> app.focused("#scan"));
        int toCheckIn = app.keys();

        // 1-3: the label phone's last four digits and Enter, then the scan.
        String[][] labelled = {{"8000", "SF1234567890123"}, {"5678", "JT0001234567890"}, {"1234", "YT1234567890123"}};
        List<Integer> controlKeys = new ArrayList<>();
        List<Integer> phoneKeys = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String[] parcel : labelled) {
            int before = app.keys();
            app.typeKeys(parcel[0]);
            int digits = app.keys() - before;
            app.key(KeyCode.ENTER);
            app.scan(parcel[1]);
            int n = codes.size() + 1;
            app.waitUntil(() -> recentCount() == n);
            controlKeys.add(app.keys() - before - digits);
            phoneKeys.add(digits);
            codes.add(app.text("#code"));
        }
        // 4: the whole phone typed in the label phone field before the scan (Alt+T, the number, Enter).
        int before = app.keys();
        app.chord(KeyCode.ALT, KeyCode.T);
        app.waitUntil(() -> app.focused("#labelPhone"));
        app.typeKeys("13800138000");
        app.key(KeyCode.ENTER);
        app.waitUntil(() -> app.focused("#scan"));
        app.scan("4312345678901");
        app.waitUntil(() -> recentCount() == 4);
        controlKeys.add(app.keys() - before - 11);
        phoneKeys.add(11);
        codes.add(app.text("#code"));
        // 5: a label with no phone: the scan alone (it goes to the unmatched list).
        before = app.keys();
        app.scan("9712345678901");
        app.waitUntil(() -> recentCount() == 5);
        controlKeys.add(app.keys() - before);
        phoneKeys.add(0);

        // 6-7: parcels of assisted orders: the scan alone, the station knows whose they are.
        List<Integer> knownPhoneKeys = new ArrayList<>();
        for (String tracking : List.of("75123456789012", "SF7654321098765")) {
            before = app.keys();
            int n = recentCount() + 1;
            app.scan(tracking);
            app.waitUntil(() -> recentCount() == n);
            app.waitUntil(() -> app.focused("#scan"));
            knownPhoneKeys.add(app.keys() - before);
        }

        assertEquals(7, rt.parcels().openCount());
        for (int k : knownPhoneKeys) {
            assertTrue(k <= 1, "a check-in of a parcel whose phone matches is one scan plus at most one key, was " + k);
        }
        assertEquals(List.of(1, 1, 1, 2, 0), controlKeys);
        for (int i = 0; i < 3; i++) {
            assertTrue(controlKeys.get(i) <= 1, "a matched check-in is one scan plus one key besides the phone digits");
        }
        UiFixtures.signInAsSystem(rt);
        assertEquals(2, rt.parcels().openFor(tashi.id()).size());
        assertEquals(2, rt.parcels().openFor(dolma.id()).size());
        assertEquals(2, rt.parcels().openFor(dorje.id()).size());
        assertEquals(1, rt.parcels().unmatched().size());

        // Handover: Ctrl+2 once, then per person the five characters of the code and Enter.
        int toHandover = app.keys();
        app.chord(KeyCode.CONTROL, KeyCode.DIGIT2);
        app.waitUntil(() -> app.focused("#handoverSearch"));
        toHandover = app.keys() - toHandover;
        List<Integer> handoverKeys = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            String code = codes.get(i);
            int start = app.keys();
            app.typeKeys(code);
            // all their waiting parcels are listed; the one of this code is ticked
            app.waitUntil(() -> !robot.lookup("#handoverTable").queryAs(TableView.class).getItems().isEmpty());
            app.key(KeyCode.ENTER);
            app.waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#handoverSearch").queryAs(
                    javafx.scene.control.TextField.class).getText().isEmpty()).get());
            handoverKeys.add(app.keys() - start);
        }
        UiFixtures.signInAsSystem(rt);
        for (int i = 1; i <= 2; i++) {
            Parcel p = rt.parcels().find(labelled[i][1]).stream().findFirst().orElseThrow().parcel();
            assertEquals(codes.get(i), p.pickupCode().value());
            assertEquals(ParcelStatus.PICKED_UP, p.status());
        }
        assertEquals(5, rt.parcels().openCount());
        for (int k : handoverKeys) {
            assertTrue(k <= 6, "a handover by pickup code is at most six keys, was " + k);
        }
        System.out.printf("parcel keys: to check-in %d; known phone %s; check-in control keys %s, phone digits %s; "
                + "to handover %d; handover keys %s%n", toCheckIn, knownPhoneKeys, controlKeys, phoneKeys, toHandover,
                handoverKeys);
    }
}
