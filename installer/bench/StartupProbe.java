import java.lang.instrument.Instrumentation;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A Java agent, not part of the app: loaded into the packaged app with
 * {@code JAVA_TOOL_OPTIONS=-javaagent:startup-probe.jar}, it watches for the first usable
 * screen (a shown window whose scene holds a focused control, after the "opening" window has
 * gone), waits for the frame after it to be laid out, prints {@code startup-probe ready <epoch ms>}
 * on stderr, and closes the app the normal way (Platform.exit). With the argument
 * {@code stay} it only prints and leaves the app running.
 */
public final class StartupProbe {

    private static final AtomicBoolean DONE = new AtomicBoolean();

    private StartupProbe() {
    }

    public static void premain(String args, Instrumentation inst) {
        boolean stay = "stay".equals(args);
        Thread t = new Thread(() -> watch(stay), "startup-probe");
        t.setDaemon(true);
        t.start();
    }

    private static void watch(boolean stay) {
        while (!DONE.get()) {
            try {
                Thread.sleep(10);
                Platform.runLater(() -> check(stay));
            } catch (IllegalStateException notYet) {
                // the FX toolkit has not started yet
            } catch (InterruptedException e) {
                return;
            } catch (NoClassDefFoundError e) {
                System.err.println("startup-probe: no JavaFX here");
                return;
            }
        }
    }

    private static void check(boolean stay) {
        if (DONE.get()) {
            return;
        }
        for (Window w : Window.getWindows()) {
            if (!(w instanceof Stage) || !w.isShowing() || w.getScene() == null) {
                continue;
            }
            Scene scene = w.getScene();
            Node focus = scene.getFocusOwner();
            boolean mainWindow = ((Stage) w).getMinWidth() >= 900;
            if (mainWindow && focus != null && DONE.compareAndSet(false, true)) {
                // The next pulse paints the screen: report after it.
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        System.err.println("startup-probe ready " + System.currentTimeMillis()
                                + " " + focus.getClass().getSimpleName());
                        System.err.flush();
                        if (!stay) {
                            Platform.exit();
                        }
                    }
                });
                Platform.requestNextPulse();
                return;
            }
        }
    }
}
