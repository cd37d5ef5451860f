package org.skyroad.station.ui.common;

import java.time.Duration;
import java.util.function.Consumer;
import org.skyroad.station.domain.common.Progress;

/**
 * The one door through which screens run work off the UI thread (database calls, backups,
 * demo data). Results and failures come back on the UI thread. View-models receive an
 * executor; tests give them {@link SameThreadTaskExecutor}, the app {@link FxTaskExecutor}.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Work that may report progress and look at whether it was cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Progress reported to the UI thread: done of total, and a short word on what. */
    @FunctionalInterface
    interface ProgressListener {
        void progress(long done, long total, String what);

        ProgressListener NONE = (d, t, w) -> { };
    }

    /** Something started here that can be stopped. After cancel, no callback runs. */
    interface Handle {
        void cancel();

        boolean isCancelled();

        Handle DONE = new Handle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /** Runs {@code work} in the background; then exactly one callback on the UI thread unless cancelled. */
    <T> Handle run(Work<T> work, ProgressListener progress, Consumer<? super T> onSuccess,
                   Consumer<? super Throwable> onFailure);

    default <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return run(work, ProgressListener.NONE, onSuccess, onFailure);
    }

    /** Runs {@code action} on the UI thread after {@code delay} (debouncing), unless cancelled first. */
    Handle later(Duration delay, Runnable action);

    /** Runs {@code action} on the UI thread every {@code period} until cancelled. */
    Handle every(Duration period, Runnable action);

    @Override
    void close();
}
