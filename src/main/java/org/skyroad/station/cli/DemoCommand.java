package org.skyroad.station.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.service.DemoData;
import org.skyroad.station.service.GoodsDemoData;
import org.skyroad.station.service.OrderDemoData;
import org.skyroad.station.service.ParcelDemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skyroad demo}: fills a station with realistic villagers. Without --db it works on the
 * demo station's own database (the one {@code skyroad --demo} opens), never the real one.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill the demo station with villagers (same seed, same data).")
public final class DemoCommand implements Callable<Integer> {

    public static final int MAX_VILLAGERS = 1_000_000;
    public static final int MAX_LOTS = 200_000;

    @ParentCommand
    SkyroadCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Random seed: the same seed gives the same names, phones and villages (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--villagers", defaultValue = "5000", paramLabel = "N",
            description = "How many villagers to add, 0 to 1000000 (default: ${DEFAULT-VALUE}).")
    int villagers;

    @Option(names = "--parcels", defaultValue = "0", paramLabel = "N",
            description = "Incoming parcels over the past three months, in every state (default: ${DEFAULT-VALUE}).")
    int parcels;

    @Option(names = "--orders", defaultValue = "0", paramLabel = "N",
            description = "Assisted orders over the past three months, with their cash and daily closes (default: ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--lots", defaultValue = "0", paramLabel = "N",
            description = "Local-goods lots over the past three months, with sales, losses and settlements (default: ${DEFAULT-VALUE}).")
    int lots;

    @Option(names = "--allow-real-station",
            description = "Also add demo villagers to a station that is not the demo station " + DemoData.DEMO_STATION + ".")
    boolean allowRealStation;

    @Override
    public Integer call() {
        checkCount(villagers);
        if (parcels < 0 || parcels > ParcelDemoData.MAX_PARCELS) {
            throw new InvalidInputException("cli.parcel.demoCount", ParcelDemoData.MAX_PARCELS, parcels);
        }
        if (orders < 0 || orders > OrderDemoData.MAX_ORDERS) {
            throw new InvalidInputException("cli.order.demoCount", OrderDemoData.MAX_ORDERS, orders);
        }
        if (lots < 0 || lots > MAX_LOTS) {
            throw new InvalidInputException("cli.demo.lots", MAX_LOTS, lots);
        }
        Path db = root.demoDatabase();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (StationRuntime rt = Headless.open(db)) {
            if (rt.setup().isInitialized()) {
                Station s = rt.settings().station();
                if (!DemoData.DEMO_STATION.equals(s.code().value()) && !allowRealStation) {
                    throw new InvalidInputException("cli.demo.realStation", s.code().value(), DemoData.DEMO_STATION);
                }
            }
            rt.compactOnClose();
            ConsoleProgress progress = ConsoleProgress.forConsole(err);
            DemoData.Result r;
            try {
                r = rt.demo().fill(seed, villagers, progress);
                if (parcels > 0) {
                    ParcelDemoData.Result p = rt.parcelDemo().fill(seed, parcels, progress);
                    out.printf("Added %d parcels: %d handovers (%d by proxy), %d village runs, %d returns to carriers.%n",
                            p.parcels(), p.handovers(), p.byProxy(), p.runs(), p.returns());
                }
                if (orders > 0) {
                    OrderDemoData.Result o = rt.orderDemo().fill(seed, orders, progress);
                    out.printf("Added %d orders, %d cash movements and %d daily closes.%n", o.orders(), o.movements(),
                            o.closes());
                }
                if (lots > 0) {
                    GoodsDemoData.Result g = rt.goodsDemo().fill(seed, lots, progress);
                    out.printf("Added %d products, %d producers, %d lots, %d sales, %d losses, %d settlements.%n",
                            g.productsAdded(), g.producersAdded(), g.lotsAdded(), g.salesAdded(), g.lossesAdded(),
                            g.settlementsMade());
                }
            } finally {
                progress.finish();
            }
            if (r.stationCreated()) {
                out.printf("Created the demo station %s; sign in as %s with the password %s.%n",
                        DemoData.DEMO_STATION, DemoData.DEMO_ADMIN, DemoData.DEMO_PASSWORD);
            }
            out.printf("Added %d villages and %d villagers in %s s (%s villagers/s), seed %d.%n",
                    r.villagesAdded(), r.villagersAdded(), Headless.oneDecimal(r.took().toMillis() / 1000.0),
                    Headless.oneDecimal(r.villagersPerSecond()), seed);
            out.printf("The station %s in %s now has %d villagers.%n",
                    rt.settings().station().code(), rt.database().file(), rt.villagers().count());
            return SkyroadCommand.OK;
        }
    }

    static void checkCount(int n) {
        if (n < 0 || n > MAX_VILLAGERS) {
            throw new InvalidInputException("cli.demo.villagers", MAX_VILLAGERS, n);
        }
    }
}
