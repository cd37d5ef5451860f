package org.skyroad.station.ui.common;

import java.time.Duration;
import java.util.function.Consumer;
import org.skyroad.station.domain.common.Progress;

/**
 * Runs everything at once on the calling thread: view-model tests use it to see the result
 * of an action as soon as the action returns. Delays are skipped; repeating work is not run.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> Handle run(Work<T> work, ProgressListener progress, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total, String what) {
                    progress.progress(done, total, what);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return Handle.DONE;
        }
        onSuccess.accept(result);
        return Handle.DONE;
    }

    @Override
    public Handle later(Duration delay, Runnable action) {
        action.run();
        return Handle.DONE;
    }

    @Override
    public Handle every(Duration period, Runnable action) {
        return Handle.DONE;
    }

    @Override
    public void close() {
    }
}
