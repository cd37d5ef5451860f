package org.skyroad.station.ui;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.ui.common.TaskExecutor;

/** Queues work until the test runs it, in any order: to test stale answers and races. */
public final class ManualTaskExecutor implements TaskExecutor {

    public final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> Handle run(Work<T> work, ProgressListener progress, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
        boolean[] cancelled = {false};
        queued.add(() -> {
            if (cancelled[0]) {
                return;
            }
            T result;
            try {
                result = work.call(Progress.NONE);
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        return new Handle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
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

    public void runFirst() {
        queued.removeFirst().run();
    }

    public void runLast() {
        queued.removeLast().run();
    }

    public void runAll() {
        while (!queued.isEmpty()) {
            queued.removeFirst().run();
        }
    }

    @Override
    public void close() {
    }
}
