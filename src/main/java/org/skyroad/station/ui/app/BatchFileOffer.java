package org.skyroad.station.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.sync.ImportOutcome;
import org.skyroad.station.sync.SyncDesk;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * A sync batch the app was opened with (a double-clicked {@code .srb}, the command-line
 * argument, or macOS's open-file event): after sign-in the person is asked whether to import
 * it now, and the import runs through the sync desk off the UI thread. Someone who may not
 * import batches is told who may.
 */
public final class BatchFileOffer {

    /** What the person who just signed in is told about the batch. */
    public record Offer(boolean mayImport, String sentence) {
    }

    /** The outcome of the import, as one sentence, and whether it went through. */
    public record Result(boolean succeeded, String sentence) {
    }

    private final Path batch;
    private final SyncDesk sync;
    private final TaskExecutor executor;

    public BatchFileOffer(Path batch, SyncDesk sync, TaskExecutor executor) {
        this.batch = Objects.requireNonNull(batch, "batch");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public Path batch() {
        return batch;
    }

    private String fileName() {
        return batch.getFileName() == null ? batch.toString() : batch.getFileName().toString();
    }

    /** The question for someone who may import, or who may for someone who may not. */
    public Offer offerFor(Actor who) {
        if (who != null && who.role().allows(Permission.SYNC)) {
            return new Offer(true, Messages.get("ui.batch.offer", fileName()));
        }
        List<String> roles = new ArrayList<>();
        for (Role r : Role.values()) {
            if (r.allows(Permission.SYNC)) {
                roles.add(Messages.get("ui.role." + r.name().toLowerCase(Locale.ROOT)));
            }
        }
        return new Offer(false, Messages.get("ui.batch.notAllowed", fileName(), String.join(" / ", roles)));
    }

    /** Imports the batch off the UI thread; {@code done} gets the outcome on the UI thread. */
    public TaskExecutor.Handle importNow(Consumer<Result> done) {
        return executor.run(p -> sync.importFile(batch, p), outcome -> done.accept(result(outcome)),
                failure -> done.accept(new Result(false, Errors.sentence(failure))));
    }

    private static Result result(ImportOutcome outcome) {
        StringBuilder text = new StringBuilder(outcome.message());
        for (ImportOutcome more : outcome.alsoApplied()) {
            text.append('\n').append(more.message());
        }
        return new Result(outcome.succeeded(), text.toString());
    }

    /** Asks, imports when the person agrees, and shows the outcome: what sign-in calls. */
    public void show(Window owner, Actor who) {
        Offer offer = offerFor(who);
        Alert dialog = dialog(owner, offer);
        if (!offer.mayImport()) {
            dialog.show();
            return;
        }
        dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b -> importNow(
                result -> alert(owner, result.succeeded() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                        result.sentence(), ButtonType.OK).show()));
    }

    /** The question (import now / not now), or the note on who may import. */
    Alert dialog(Window owner, Offer offer) {
        if (!offer.mayImport()) {
            return alert(owner, Alert.AlertType.INFORMATION, offer.sentence(), ButtonType.OK);
        }
        ButtonType importNow = new ButtonType(Messages.get("ui.batch.importNow"), ButtonBar.ButtonData.OK_DONE);
        ButtonType notNow = new ButtonType(Messages.get("ui.batch.notNow"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(owner, Alert.AlertType.CONFIRMATION, offer.sentence(), importNow, notNow);
    }

    private static Alert alert(Window owner, Alert.AlertType type, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get("ui.app.title"));
        alert.setHeaderText(Messages.get("ui.batch.title"));
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setResizable(true);
        // Buttons keep their whole label ("Import now" was cut to "Import n...").
        for (ButtonType b : buttons) {
            javafx.scene.Node button = alert.getDialogPane().lookupButton(b);
            if (button instanceof javafx.scene.control.Button fxButton) {
                fxButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                ButtonBar.setButtonUniformSize(fxButton, false);
            }
        }
        alert.getDialogPane().getStylesheets().add(
                Objects.requireNonNull(BatchFileOffer.class.getResource(AppWindow.STYLESHEET)).toExternalForm());
        return alert;
    }

    /**
     * Batches opened while the app runs (macOS sends an open-file event rather than an
     * argument, possibly after the window is up): kept until the window listens, then handed on.
     */
    static final class Opened {
        private static Path pending;
        private static Consumer<Path> listener;

        private Opened() {
        }

        static synchronized void file(Path batch) {
            if (listener != null) {
                listener.accept(batch);
            } else {
                pending = batch;
            }
        }

        /** From now on opened files go to {@code to}; one opened before is handed on at once. */
        static synchronized void listen(Consumer<Path> to) {
            listener = to;
            if (pending != null && to != null) {
                Path p = pending;
                pending = null;
                to.accept(p);
            }
        }
    }

    /** Sync batches end in {@code .srb}, whatever the case. */
    public static boolean isBatchFile(Path file) {
        return file != null && file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".srb");
    }
}
