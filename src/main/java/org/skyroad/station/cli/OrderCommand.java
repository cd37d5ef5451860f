package org.skyroad.station.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.cash.CashMovement;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderLine;
import org.skyroad.station.service.OrderDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skyroad order}: assisted orders headless. Find orders by number, platform order
 * number or villager; list the "to place when online" queue with links; show one order with
 * its lines and cash. Read-only: the work is recorded as done by the command-line account.
 */
@Command(name = "order", description = "Assisted orders: find, the queue to place when online, show one.",
        subcommands = {OrderCommand.Find.class, OrderCommand.Queue.class, OrderCommand.Show.class})
public final class OrderCommand {

    @ParentCommand
    SkyroadCommand root;

    StationRuntime open() {
        return Headless.open(Headless.existingDatabase(root.database()));
    }


    static String line(OrderDesk.Listed l) {
        Order o = l.order();
        return String.format(Locale.ROOT, "%s  %-9s  %s  total %s  paid %s  due %s%s", o.number(), o.status().code(),
                l.villagerName(), o.total(), o.paid(), o.balanceDue(),
                o.platformOrderNo() == null ? "" : "  platform " + o.platformOrderNo());
    }

    @Command(name = "find", description = "Find orders by order number (or its end), platform order number, phone, phone tail or name.")
    static final class Find implements Callable<Integer> {

        @ParentCommand
        OrderCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "1..*", paramLabel = "TEXT")
        List<String> words;

        @Override
        public Integer call() {
            String text = String.join(" ", words).strip();
            if (text.isEmpty()) {
                throw new InvalidInputException("cli.order.find.empty");
            }
            try (StationRuntime rt = parent.open()) {
                List<OrderDesk.Listed> found = rt.orders().find(text);
                PrintWriter out = spec.commandLine().getOut();
                found.forEach(l -> out.println(line(l)));
                out.printf("%d order(s)%n", found.size());
                return SkyroadCommand.OK;
            }
        }
    }

    @Command(name = "queue", description = "Paid orders waiting to be placed on the platform, oldest first, with their links.")
    static final class Queue implements Callable<Integer> {

        @ParentCommand
        OrderCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (StationRuntime rt = parent.open()) {
                List<OrderDesk.Listed> queue = rt.orders().toPlace();
                PrintWriter out = spec.commandLine().getOut();
                for (OrderDesk.Listed l : queue) {
                    out.println(line(l));
                    for (OrderLine ol : l.order().lines()) {
                        out.printf("    %s  %s x%d at %s  %s%n", ol.platform().code(), ol.itemName(), ol.quantity(),
                                ol.unitPrice(), ol.link() == null ? "" : ol.link());
                    }
                }
                out.printf("%d order(s) to place%n", queue.size());
                return SkyroadCommand.OK;
            }
        }
    }

    @Command(name = "show", description = "One order with its lines, amounts and cash movements.")
    static final class Show implements Callable<Integer> {

        @ParentCommand
        OrderCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NUMBER", description = "The order number, like TS-003-2611-0042.")
        String number;

        @Override
        public Integer call() {
            try (StationRuntime rt = parent.open()) {
                OrderDesk desk = rt.orders();
                OrderDesk.Receipt r = desk.receipt(desk.getByNumber(number).id());
                Order o = r.order();
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%s  %s  %s  (%s %s)%n", o.number(), o.status().code(), r.villagerName(), r.stationCode(),
                        r.stationName());
                for (OrderLine l : o.lines()) {
                    out.printf("  %d. %s  %s x%d at %s = %s%n", l.lineNo(), l.platform().code(), l.itemName(),
                            l.quantity(), l.unitPrice(), l.amount());
                }
                out.printf("  goods %s  shipping %s  fee %s%s  adjustment %s  total %s%n", o.goods(), o.shipping(),
                        o.fee(), o.feeOverridden() ? " (set by hand)" : "", o.adjustment(), o.total());
                out.printf("  paid %s  refunded %s  due %s  expected %s%n", o.paid(), o.refunded(), o.balanceDue(),
                        o.expectedArrival() == null ? "-" : o.expectedArrival());
                for (CashMovement m : r.movements()) {
                    out.printf("  cash #%d %s %s %s%s%n", m.seq(), m.at(), m.kind().code(), m.amount(),
                            m.reason() == null ? "" : "  " + m.reason());
                }
                return SkyroadCommand.OK;
            }
        }
    }
}
