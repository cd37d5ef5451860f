package org.skyroad.station.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.villager.VillagerDraft;

/**
 * A second program working on a station database, for tests that need another process:
 * one that holds the database open, or one that is killed while it writes.
 */
public final class StationChildProcess {

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        try (StationRuntime rt = StationRuntime.open(db)) {
            rt.session().signIn(Actor.system("child"));
            switch (args[0]) {
                case "hold" -> {
                    System.out.println("open");
                    System.out.flush();
                    Thread.sleep(60_000);
                }
                case "insert" -> {
                    for (int i = 1; ; i++) {
                        rt.villagers().create(new VillagerDraft("村民 " + i, null, null, null, null, null, true, true), true);
                        // Printed only after the commit returned: every number seen was committed.
                        System.out.println(i);
                        System.out.flush();
                    }
                }
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    /** Starts this class in a new JVM with the test classpath. */
    public static Process start(String mode, Path db) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Dskyroad.logdir=" + System.getProperty("skyroad.logdir", System.getProperty("java.io.tmpdir")));
        cmd.add(StationChildProcess.class.getName());
        cmd.add(mode);
        cmd.add(db.toString());
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    public static BufferedReader output(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
