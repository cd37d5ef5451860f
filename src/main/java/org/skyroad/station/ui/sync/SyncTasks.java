package org.skyroad.station.ui.sync;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * The long work of a sync screen (export, import, sync now), one at a time, off the UI
 * thread: busy while it runs, its progress, a cancel, and the sentence it ends with.
 */
public final class SyncTasks {

    private final TaskExecutor executor;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private TaskExecutor.Handle running = TaskExecutor.Handle.DONE;

    public SyncTasks(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Starts {@code work} unless something runs already; {@code what} says what it is doing. */
    public <T> boolean start(String what, TaskExecutor.Work<T> work, Consumer<? super T> done) {
        if (busy.get()) {
            return false;
        }
        busy.set(true);
        progress.set(-1);
        progressText.set(what);
        message.set("");
        error.set("");
        running = executor.run(work, (d, total, w) -> {
            progress.set(total > 0 ? Math.min(1.0, (double) d / total) : -1);
            progressText.set(total > 0 ? Messages.get("syncui.progress.count", what, d, total) : what);
        }, (T result) -> {
            busy.set(false);
            progressText.set("");
            done.accept(result);
        }, f -> {
            busy.set(false);
            progressText.set("");
            error.set(Errors.sentence(f));
        });
        return true;
    }

    /** Quick reads (the lists): no progress bar, failures in the error line. */
    public <T> void read(TaskExecutor.Work<T> work, Consumer<? super T> done) {
        executor.run(work, done, f -> error.set(Errors.sentence(f)));
    }

    /** Stops the work: whatever it was writing is rolled back, no file is left under a final name. */
    public void cancel() {
        if (!busy.get()) {
            return;
        }
        running.cancel();
        busy.set(false);
        progressText.set("");
        message.set(Messages.get("syncui.cancelled"));
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
