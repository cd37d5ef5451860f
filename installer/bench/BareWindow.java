import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The baseline for the start-up figure, not part of the app: the smallest JavaFX window with
 * a focused text field, started from the same runtime as the packaged app. Prints
 * {@code startup-probe ready <epoch ms>} on stderr once the window is laid out, then exits.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        TextField field = new TextField();
        Scene scene = new Scene(new VBox(12, new Label("SkyRoad"), field), 900, 600);
        stage.setScene(scene);
        stage.show();
        field.requestFocus();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                System.err.println("startup-probe ready " + System.currentTimeMillis() + " TextField");
                Platform.exit();
            }
        });
        Platform.requestNextPulse();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
