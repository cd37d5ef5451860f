package org.skyroad.station.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.LotCode;
import org.skyroad.station.domain.goods.LotTrace;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.TraceEvent;
import org.skyroad.station.service.ConsignmentDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skyroad lot}: local goods headless. {@code list} prints the lots in stock (code,
 * product, producer, quantity, best-before); {@code trace LOTCODE} prints a lot's whole
 * history. The work is recorded as done by the station's command-line account ({@code cli}).
 */
@Command(name = "lot", description = "Local goods: lots in stock, and the trace of a lot.",
        subcommands = {LotCommand.ListLots.class, LotCommand.Trace.class})
public final class LotCommand {

    public static final int MAX_LIST = 100_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @ParentCommand
    SkyroadCommand root;

    static String productName(Product p) {
        return p == null ? "?" : p.displayName();
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lots in stock: code, product, producer, quantity, best-before; nearest best-before first.")
    static final class ListLots implements Callable<Integer> {

        @ParentCommand
        LotCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--limit", defaultValue = "500", paramLabel = "N", description = "At most N lots (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--expiring", paramLabel = "DAYS",
                description = "Only perishable lots whose best-before day is within DAYS days (or past).")
        Integer expiring;

        @Option(names = "--producer", paramLabel = "TEXT", description = "Only the lots of the producer found by name or phone.")
        String producer;

        @Override
        public Integer call() {
            if (limit < 1 || limit > MAX_LIST) {
                throw new InvalidInputException("cli.lot.limit", MAX_LIST, limit);
            }
            try (StationRuntime rt = Headless.open(Headless.existingDatabase(parent.root.database()))) {
                ConsignmentDesk desk = rt.goods();
                UUID producerId = null;
                if (producer != null) {
                    List<Producer> found = desk.findProducers(producer, 2);
                    if (found.size() != 1) {
                        throw new InvalidInputException(found.isEmpty() ? "cli.lot.noProducer" : "cli.lot.manyProducers", producer);
                    }
                    producerId = found.get(0).id();
                }
                List<ConsignmentDesk.StockLine> lines = expiring != null ? desk.nearBestBefore(expiring, limit)
                        : desk.stock(producerId, limit);
                PrintWriter out = spec.commandLine().getOut();
                int printed = 0;
                for (ConsignmentDesk.StockLine l : lines) {
                    if (producerId != null && !l.lot().producerId().equals(producerId)) {
                        continue;
                    }
                    printed++;
                    Lot lot = l.lot();
                    out.printf("%s  %s%s  %s  %s  %s%n", lot.code(), productName(l.product()),
                            lot.grade() == null ? "" : " " + lot.grade(), l.producer() == null ? "?" : l.producer().name(),
                            lot.onHand(), lot.bestBefore() == null ? "-" : lot.bestBefore().toString());
                }
                out.printf("%d lot(s) in stock.%n", printed);
                return SkyroadCommand.OK;
            }
        }
    }

    @Command(name = "trace", mixinStandardHelpOptions = true,
            description = "The whole history of a lot: producer, intake, grade, splits and merges, sales, shipments, losses, settlement.")
    static final class Trace implements Callable<Integer> {

        @ParentCommand
        LotCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LOTCODE", description = "The lot code as printed, like TS003-261123-0042-7.")
        String code;

        @Override
        public Integer call() {
            LotCode lotCode = LotCode.parse(code);
            try (StationRuntime rt = Headless.open(Headless.existingDatabase(parent.root.database()))) {
                ConsignmentDesk desk = rt.goods();
                LotTrace t = desk.trace(lotCode);
                ZoneId zone = desk.stationZone();
                PrintWriter out = spec.commandLine().getOut();
                Lot lot = t.lot();
                out.printf("Lot %s: %s%s%n", lot.code(), productName(t.product()), lot.grade() == null ? "" : ", grade " + lot.grade());
                out.printf("Producer: %s (%s)%s%n", t.producer().name(), t.producer().kind().code(),
                        t.village() == null ? "" : ", " + t.village());
                out.printf("Made %s (%s) with %s; produced %s%s; %s at %s per %s%n", lot.createdAt().atZone(zone).format(WHEN),
                        lot.origin().code(), lot.received(), lot.producedOn(),
                        lot.bestBefore() == null ? "" : ", best before " + lot.bestBefore(), lot.terms().code(),
                        lot.unitPrice(), lot.unit().symbol());
                out.printf("In stock: %s%n", lot.onHand());
                if (!t.sources().isEmpty()) {
                    out.printf("Comes from: %s%n", String.join(", ", t.sources().stream().map(l -> l.code().value()).toList()));
                }
                if (!t.derived().isEmpty()) {
                    out.printf("Went into: %s%n", String.join(", ", t.derived().stream().map(l -> l.code().value()).toList()));
                }
                out.println("History:");
                for (TraceEvent e : t.events()) {
                    out.printf("  %s  %-10s %s%s%s%s%s%n", e.at().atZone(zone).format(WHEN), e.kind().name().toLowerCase(Locale.ROOT),
                            e.lotCode(), e.otherCode() == null ? "" : " -> " + e.otherCode(),
                            e.quantity() == null ? "" : "  " + e.quantity(), e.amount() == null ? "" : "  " + e.amount(),
                            e.detail() == null || e.detail().isEmpty() ? "" : "  " + e.detail());
                }
                return SkyroadCommand.OK;
            }
        }
    }
}
