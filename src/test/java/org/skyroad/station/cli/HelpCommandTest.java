package org.skyroad.station.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpCommandTest {

    @Test
    void helpListsEveryCommandWithADescription() {
        Cli.Result r = Cli.expect(SkyroadCommand.OK, "--help");
        String commands = r.out().substring(r.out().indexOf("Commands:"));
        for (String name : List.of("init", "demo", "villager", "backup", "restore", "bench", "help")) {
            assertTrue(commands.lines().anyMatch(l -> l.matches("\\s+" + name + "\\s+\\S.*")),
                    name + " is listed with a description:\n" + commands);
        }
        assertEquals("", r.err());
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (String command : List.of("init", "demo", "backup", "restore", "bench", "villager")) {
            Cli.Result r = Cli.expect(SkyroadCommand.OK, command, "--help");
            assertTrue(r.out().startsWith("Usage: skyroad " + command), r.out());
        }
        Cli.Result villager = Cli.expect(SkyroadCommand.OK, "villager", "--help");
        assertTrue(villager.out().contains("find") && villager.out().contains("count"), villager.out());
    }

    @Test
    void villagerWithoutASubcommandIsRefused() {
        Cli.Result r = Cli.expect(SkyroadCommand.REFUSED, "villager");
        assertEquals(1, r.errLines().size(), r.err());
    }
}
