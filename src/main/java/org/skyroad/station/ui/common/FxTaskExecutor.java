package org.skyroad.station.ui.common;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.skyroad.station.domain.common.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background work on a few daemon threads; every callback is posted to the JavaFX thread. */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    public FxTaskExecutor() {
        this.workers = Executors.newFixedThreadPool(3, named("station-worker"));
        this.timer = Executors.newSingleThreadScheduledExecutor(named("station-timer"));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static final class TaskHandle implements Handle {
        final AtomicBoolean cancelled = new AtomicBoolean();
        volatile Future<?> future;

        @Override
        public void cancel() {
            cancelled.set(true);
            Future<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    @Override
    public <T> Handle run(Work<T> work, ProgressListener listener, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
        TaskHandle handle = new TaskHandle();
        AtomicReference<long[]> pending = new AtomicReference<>();
        AtomicReference<String> pendingWhat = new AtomicReference<>("");
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String what) {
                pendingWhat.set(what);
                // Coalesce: at most one progress update waits on the UI thread.
                if (pending.getAndSet(new long[] {done, total}) == null) {
                    Platform.runLater(() -> {
                        long[] p = pending.getAndSet(null);
                        if (p != null && !handle.isCancelled()) {
                            listener.progress(p[0], p[1], pendingWhat.get());
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled();
            }
        };
        handle.future = workers.submit(() -> {
            try {
                T result = work.call(progress);
                Platform.runLater(() -> {
                    if (!handle.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable e) {
                LOG.debug("background work failed", e);
                Platform.runLater(() -> {
                    if (!handle.isCancelled()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return handle;
    }

    @Override
    public Handle later(Duration delay, Runnable action) {
        TaskHandle handle = new TaskHandle();
        handle.future = timer.schedule(() -> Platform.runLater(() -> {
            if (!handle.isCancelled()) {
                action.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
        return handle;
    }

    @Override
    public Handle every(Duration period, Runnable action) {
        TaskHandle handle = new TaskHandle();
        handle.future = timer.scheduleWithFixedDelay(() -> Platform.runLater(() -> {
            if (!handle.isCancelled()) {
                action.run();
            }
        }), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return handle;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timer.shutdownNow();
    }
}
