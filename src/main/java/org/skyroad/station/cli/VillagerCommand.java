package org.skyroad.station.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code skyroad villager find|count}: look villagers up from a script. */
@Command(name = "villager", mixinStandardHelpOptions = true, description = "Find and count the station's villagers.",
        subcommands = {VillagerCommand.Find.class, VillagerCommand.Count.class})
public final class VillagerCommand {

    public static final int MAX_LIMIT = 500;

    @ParentCommand
    SkyroadCommand root;

    /** {@code skyroad villager find TEXT}: one villager a line, tab-separated. */
    @Command(name = "find", mixinStandardHelpOptions = true, description = "Find villagers by phone, phone tail, name, village or ID tail.")
    public static final class Find implements Callable<Integer> {

        @ParentCommand
        VillagerCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TEXT",
                description = "What the villager gives: 4 last phone digits, the phone, a name or part of it, an ID tail.")
        String text;

        @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
                description = "At most this many villagers, 1 to 500 (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            String typed = TextRules.clean(text);
            if (typed == null || typed.isEmpty()) {
                throw new InvalidInputException("cli.find.emptyText");
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new InvalidInputException("cli.find.limit", MAX_LIMIT, limit);
            }
            var db = Headless.existingDatabase(parent.root.database());
            PrintWriter out = spec.commandLine().getOut();
            try (StationRuntime rt = Headless.open(db)) {
                List<VillagerMatch> found = rt.villagers().find(typed, limit);
                for (VillagerMatch m : found) {
                    out.println(line(m));
                }
                if (found.isEmpty()) {
                    spec.commandLine().getErr().printf("No villager matches \"%s\".%n", typed);
                }
                return SkyroadCommand.OK;
            }
        }

        /** Name, phone, village, ID tail; an unknown field is left empty. */
        static String line(VillagerMatch m) {
            Villager v = m.villager();
            return String.join("\t", v.name().value(),
                    v.phone() == null ? "" : v.phone().digits(),
                    m.villageName() == null ? "" : m.villageName(),
                    v.idTail() == null ? "" : v.idTail().value());
        }
    }

    /** {@code skyroad villager count}: how many villagers the station has. */
    @Command(name = "count", mixinStandardHelpOptions = true, description = "Print how many villagers the station has.")
    public static final class Count implements Callable<Integer> {

        @ParentCommand
        VillagerCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var db = Headless.existingDatabase(parent.root.database());
            try (StationRuntime rt = Headless.open(db)) {
                spec.commandLine().getOut().println(rt.villagers().count());
                return SkyroadCommand.OK;
            }
        }
    }
}
