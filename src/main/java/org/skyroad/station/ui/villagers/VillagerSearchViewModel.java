package org.skyroad.station.ui.villagers;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.VillagerRegistry;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * Search as you type: waits {@link #DEBOUNCE} after the last key, runs the search in the
 * background, and drops any answer that arrives after a newer question was asked.
 */
public final class VillagerSearchViewModel {

    public static final Duration DEBOUNCE = Duration.ofMillis(150);
    public static final int LIMIT = 50;

    private final VillagerRegistry villagers;
    private final TaskExecutor executor;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<VillagerRow> results = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private TaskExecutor.Handle pending = TaskExecutor.Handle.DONE;
    private TaskExecutor.Handle running = TaskExecutor.Handle.DONE;
    private long asked;

    public VillagerSearchViewModel(VillagerRegistry villagers, TaskExecutor executor) {
        this.villagers = villagers;
        this.executor = executor;
        status.set(Messages.get("ui.villagers.typeToSearch"));
        query.addListener((obs, old, now) -> {
            pending.cancel();
            pending = executor.later(DEBOUNCE, this::searchNow);
        });
    }

    /** Searches for what is in the field now, without waiting. */
    public void searchNow() {
        pending.cancel();
        String text = query.get() == null ? "" : query.get().strip();
        long question = ++asked;
        running.cancel();
        if (text.isEmpty()) {
            results.clear();
            error.set("");
            searching.set(false);
            status.set(Messages.get("ui.villagers.typeToSearch"));
            return;
        }
        searching.set(true);
        running = executor.run(p -> villagers.find(text, LIMIT), (List<VillagerMatch> found) -> {
            if (question != asked) {
                return;
            }
            searching.set(false);
            error.set("");
            results.setAll(found.stream().map(VillagerRow::of).toList());
            status.set(found.isEmpty() ? Messages.get("ui.villagers.noneFound", text)
                    : found.size() >= LIMIT ? Messages.get("ui.villagers.foundMany", found.size())
                    : Messages.get("ui.villagers.found", found.size()));
        }, failure -> {
            if (question != asked) {
                return;
            }
            searching.set(false);
            results.clear();
            status.set("");
            error.set(Errors.sentence(failure));
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<VillagerRow> results() {
        return results;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty searchingProperty() {
        return searching;
    }
}
