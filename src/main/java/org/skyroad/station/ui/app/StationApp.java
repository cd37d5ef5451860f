package org.skyroad.station.ui.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.common.StationException;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.FxTaskExecutor;
import org.skyroad.station.ui.common.TaskExecutor;
import org.skyroad.station.ui.printing.JavaPrinters;
import org.skyroad.station.ui.printing.ParcelPrintouts;
import org.skyroad.station.ui.printing.PrinterAccess;
import org.skyroad.station.ui.printing.StationPrintouts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: loads the fonts, opens the station database off the UI thread
 * (with a small "opening" window, the demo filled on first use), offers to restore the newest
 * backup when the database is damaged, then hands the window to {@link AppWindow}.
 */
public final class StationApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(StationApp.class);
    private static volatile DesktopLauncher.Options options;

    private TaskExecutor executor;
    private volatile StationRuntime runtime;
    private Stage primary;
    private Stage opening;
    private Label openingText;
    private ProgressBar openingBar;
    private Button openingCancel;

    static void start(DesktopLauncher.Options opts) {
        options = opts;
        Application.launch(StationApp.class);
    }

    @Override
    public void init() {
        Fonts.load();
    }

    @Override
    public void start(Stage stage) {
        // The opening window closes before the main one shows: JavaFX must not take that moment
        // for the end of the app (it would stop the executor under the sign-in screen).
        Platform.setImplicitExit(false);
        this.primary = stage;
        this.executor = new FxTaskExecutor();
        DesktopLauncher.Options opts = Objects.requireNonNull(options, "options");
        if (opts.language() != null && !opts.language().isBlank()) {
            Messages.setLocale(Messages.localeFor(opts.language()));
        } else {
            Messages.setLocale(Messages.CHINESE);
        }
        showOpening();
        open(opts);
    }

    private void showOpening() {
        openingText = new Label(Messages.get("ui.opening.text"));
        openingText.setWrapText(true);
        openingBar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        openingBar.setMaxWidth(Double.MAX_VALUE);
        openingCancel = new Button(Messages.get("ui.common.cancel"));
        openingCancel.setVisible(false);
        Label title = new Label(Messages.get("ui.app.title"));
        title.getStyleClass().add("title");
        VBox box = new VBox(14, title, openingText, openingBar, openingCancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(24));
        box.getStyleClass().add("opening");
        Scene scene = new Scene(box, 460, 220);
        scene.getStylesheets().add(Objects.requireNonNull(StationApp.class.getResource(AppWindow.STYLESHEET)).toExternalForm());
        opening = new Stage();
        opening.setOnCloseRequest(e -> Platform.exit());
        opening.setTitle(Messages.get("ui.app.title"));
        opening.setScene(scene);
        opening.show();
    }

    private record Opened(StationRuntime rt, String language) {
    }

    private void open(DesktopLauncher.Options opts) {
        Path db = opts.database();
        AtomicBoolean stopFilling = new AtomicBoolean();
        openingCancel.setOnAction(e -> {
            stopFilling.set(true);
            openingCancel.setDisable(true);
        });
        executor.run(progress -> {
            StationRuntime rt = StationRuntime.open(db);
            try {
                if (opts.demo() && !rt.setup().isInitialized()) {
                    progress.update(0, 1, "demo");
                    rt.session().signIn(Actor.system("demo"));
                    try {
                        Progress filling = new Progress() {
                            @Override
                            public void update(long done, long total, String what) {
                                progress.update(done, total, what);
                            }

                            @Override
                            public boolean isCancelled() {
                                return stopFilling.get() || progress.isCancelled();
                            }
                        };
                        rt.demo().fill(42, 3000, filling);
                        // Something on every desk: parcels waiting and handed over, orders, local goods.
                        if (!filling.isCancelled()) {
                            rt.parcelDemo().fill(42, 600, filling);
                        }
                        if (!filling.isCancelled()) {
                            rt.orderDemo().fill(42, 300, filling);
                        }
                        if (!filling.isCancelled()) {
                            rt.goodsDemo().fill(42, 200, filling);
                        }
                    } finally {
                        rt.session().signOut();
                    }
                }
                return new Opened(rt, language(rt, opts));
            } catch (RuntimeException e) {
                rt.close();
                throw e;
            }
        }, (done, total, what) -> {
            openingCancel.setVisible(true);
            openingText.setText(Messages.get("ui.opening.demo", done, total));
            openingBar.setProgress(total <= 0 ? ProgressBar.INDETERMINATE_PROGRESS : (double) done / total);
        }, this::opened, failure -> openFailed(opts, failure));
    }

    /** Options first, then this computer's choice, then the station's language, then Chinese. */
    private static String language(StationRuntime rt, DesktopLauncher.Options opts) {
        if (opts.language() != null && !opts.language().isBlank()) {
            return opts.language();
        }
        Optional<String> chosen = rt.settings().interfaceLanguage();
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (rt.setup().isInitialized()) {
            return rt.settings().station().language();
        }
        return "zh";
    }

    private void opened(Opened o) {
        runtime = o.rt();
        Messages.setLocale(Messages.localeFor(o.language()));
        // Close the small window only once the main one shows: with no window open, JavaFX would quit.
        primary.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                opening.close();
            }
        });
        primary.setMinWidth(900);
        primary.setMinHeight(600);
        // Implicit exit is off (see start): closing the main window is what ends the app.
        primary.setOnHidden(e -> Platform.exit());
        AppWindow window = new AppWindow(primary, runtime, executor, options.demo());
        PrinterAccess printers = new JavaPrinters();
        StationPrintouts printouts = new StationPrintouts(runtime.reports(), runtime.settings(),
                runtime.database().file().resolveSibling("printouts"), printers, runtime.clock());
        window.setPrintouts(printouts, printers);
        window.setParcelPrinting(new ParcelPrintouts(runtime.reports(), runtime.villagers(), printouts));
        window.start();
        BatchFileOffer.Opened.listen(batch -> Platform.runLater(() -> window.batchOpened(batch)));
        executor.run(p -> runtime.dailyBackupIfDue(), written -> written.ifPresent(
                path -> LOG.info("daily backup {}", path)), f -> LOG.warn("daily backup failed: {}", Errors.sentence(f)));
    }

    private void openFailed(DesktopLauncher.Options opts, Throwable failure) {
        String sentence = Errors.sentence(failure);
        openingBar.setProgress(0);
        openingCancel.setVisible(false);
        if (failure instanceof StationRuntime.DamagedDatabaseException damaged && damaged.newestBackup().isPresent()) {
            Path backup = damaged.newestBackup().get();
            ButtonType restore = new ButtonType(Messages.get("ui.opening.restore"), ButtonBar.ButtonData.OK_DONE);
            ButtonType quit = new ButtonType(Messages.get("ui.opening.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = alert(sentence + "\n\n" + Messages.get("ui.opening.restoreQuestion", backup), restore, quit);
            if (alert.showAndWait().orElse(quit) == restore) {
                openingText.setText(Messages.get("ui.opening.restoring"));
                openingBar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
                executor.run(p -> StationRuntime.restore(backup, opts.database(), true),
                        r -> open(opts), f -> {
                            alert(Errors.sentence(f), new ButtonType(Messages.get("ui.opening.quit"),
                                    ButtonBar.ButtonData.CANCEL_CLOSE)).showAndWait();
                            Platform.exit();
                        });
                return;
            }
            Platform.exit();
            return;
        }
        if (!(failure instanceof StationException)) {
            LOG.error("the station could not be opened", failure);
        }
        alert(sentence, new ButtonType(Messages.get("ui.opening.quit"), ButtonBar.ButtonData.CANCEL_CLOSE)).showAndWait();
        Platform.exit();
    }

    private static Alert alert(String text, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, buttons);
        alert.setTitle(Messages.get("ui.app.title"));
        alert.setHeaderText(Messages.get("ui.opening.problem"));
        alert.getDialogPane().setMinWidth(560);
        // Let the sentence wrap instead of ending in "...".
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.getDialogPane().getStylesheets().add(
                Objects.requireNonNull(StationApp.class.getResource(AppWindow.STYLESHEET)).toExternalForm());
        return alert;
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        StationRuntime rt = runtime;
        if (rt != null) {
            try {
                rt.close();
            } catch (RuntimeException e) {
                LOG.warn("closing the station database failed", e);
            }
        }
    }
}
