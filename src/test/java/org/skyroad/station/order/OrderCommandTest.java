package org.skyroad.station.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skyroad.station.order.OrderStation.yuan;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.cli.SkyroadCommand;
import org.skyroad.station.domain.order.Order;

/** {@code skyroad order find|queue|show}, run in-process through SkyroadCommand. */
class OrderCommandTest {

    @TempDir
    Path dir;
    String paid;

    record Result(int exit, String out, String err) {
    }

    @BeforeEach
    void station() {
        try (OrderStation st = OrderStation.open(dir)) {
            paid = st.desk.createAndPay(st.twoLines(), yuan("325.00")).number();
            Order placed = st.desk.createAndPay(st.oneLine(st.drolma, "45.00"), yuan("47.25"));
            st.desk.markPlaced(placed.id(), placed.version(), "PDD-8877");
        }
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("station").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Result(SkyroadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all),
                out.toString(), err.toString());
    }

    @Test
    void findsByPhoneTailAndPlatformNumber() {
        Result r = run("order", "find", "5678");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(paid + "  paid"), r.out());
        assertTrue(r.out().contains("扎西次仁"), r.out());
        assertTrue(r.out().endsWith("1 order(s)" + System.lineSeparator()), r.out());
        assertTrue(run("order", "find", "PDD-8877").out().contains("TS-003-2611-0002  placed"));
    }

    @Test
    void theQueueShowsPaidOrdersWithTheirLinks() {
        Result r = run("order", "queue");
        assertTrue(r.out().contains("https://item.taobao.com/item.htm?id=1001"), r.out());
        assertTrue(r.out().contains("1 order(s) to place"), r.out());
    }

    @Test
    void showPrintsLinesAmountsAndCash() {
        Result r = run("order", "show", paid.toLowerCase(java.util.Locale.ROOT));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("total 325.00"), r.out());
        assertTrue(r.out().contains("order_payment 325.00"), r.out());
    }

    @Test
    void anUnknownNumberIsRefusedWithASentence() {
        Result r = run("order", "show", "TS-003-2611-9999");
        assertEquals(SkyroadCommand.REFUSED, r.exit());
        assertEquals(org.skyroad.station.i18n.Messages.get("error.order.notFound"), r.err().strip());
    }
}
