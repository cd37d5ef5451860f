package org.skyroad.station.sync;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.skyroad.station.cli.HubCommand;
import org.skyroad.station.cli.SkyroadCommand;
import org.skyroad.station.cli.StationCommand;
import org.skyroad.station.cli.SyncCommand;
import org.skyroad.station.domain.common.StationException;
import picocli.CommandLine;

/**
 * Runs {@code skyroad} in-process with the sync commands, the way {@code SkyroadCommand.run}
 * does (same exit codes, a refusal as one sentence on stderr). The commands are added here
 * when the root does not list them yet.
 */
final class SyncCli {

    record Result(int exit, String out, String err) {
    }

    private SyncCli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        CommandLine cl = new CommandLine(new SkyroadCommand());
        if (!cl.getSubcommands().containsKey("sync")) {
            cl.addSubcommand("sync", SyncCommand.class);
        }
        if (!cl.getSubcommands().containsKey("hub")) {
            cl.addSubcommand("hub", HubCommand.class);
        }
        if (!cl.getSubcommands().containsKey("station")) {
            cl.addSubcommand("station", StationCommand.class);
        }
        cl.setOut(o);
        cl.setErr(e);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof StationException se) {
                e.println(se.getMessage());
                return SkyroadCommand.REFUSED;
            }
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            e.println(ex.getMessage());
            return SkyroadCommand.REFUSED;
        });
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
