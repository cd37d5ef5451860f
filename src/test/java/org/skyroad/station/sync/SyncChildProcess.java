package org.skyroad.station.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.staff.Actor;

/** Imports a batch in another JVM and says when it is applying, so a test can kill it right then. */
public final class SyncChildProcess {

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path batch = Path.of(args[1]);
        try (StationRuntime rt = StationRuntime.open(db)) {
            rt.session().signIn(Actor.system("child"));
            SyncDesk desk = SyncWorld.deskOf(rt);
            ImportOutcome o = desk.importFile(batch, new Progress() {
                @Override
                public void update(long done, long total, String what) {
                    if (what.contains("applying") || what.contains("applied")) {
                        // printed inside the import's transaction, after rows were written to it
                        System.out.println("applying " + done + " of " + total);
                        System.out.flush();
                        try {
                            Thread.sleep(2_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            System.out.println("done " + o.state());
        }
    }

    static Process start(Path db, Path batch) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Dskyroad.logdir=" + System.getProperty("skyroad.logdir", System.getProperty("java.io.tmpdir")));
        cmd.add(SyncChildProcess.class.getName());
        cmd.add(db.toString());
        cmd.add(batch.toString());
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    static BufferedReader output(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
