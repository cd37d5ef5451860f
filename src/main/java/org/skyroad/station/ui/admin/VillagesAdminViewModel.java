package org.skyroad.station.ui.admin;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.VillagerRegistry;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.TaskExecutor;

/** The station's list of villages: add one, rename one. */
public final class VillagesAdminViewModel {

    private final VillagerRegistry villagers;
    private final TaskExecutor executor;
    private final DataChanges changes;
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObjectProperty<Village> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty renameTo = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public VillagesAdminViewModel(VillagerRegistry villagers, TaskExecutor executor, DataChanges changes) {
        this.villagers = villagers;
        this.executor = executor;
        this.changes = changes;
        selected.addListener((obs, old, now) -> renameTo.set(now == null ? "" : now.name()));
    }

    public void load() {
        executor.run(p -> villagers.villages(), (List<Village> all) -> villages.setAll(all),
                f -> error.set(Errors.sentence(f)));
    }

    public void add() {
        String name = newName.get();
        error.set("");
        info.set("");
        executor.run(p -> villagers.addVillage(name), (Village v) -> {
            villages.add(v);
            newName.set("");
            info.set(Messages.get("ui.villages.added", v.name()));
            changes.saved();
        }, f -> error.set(Errors.sentence(f)));
    }

    public void rename() {
        Village v = selected.get();
        if (v == null) {
            return;
        }
        String name = renameTo.get();
        error.set("");
        info.set("");
        executor.run(p -> villagers.renameVillage(v.id(), name), (Village after) -> {
            int i = villages.indexOf(v);
            if (i >= 0) {
                villages.set(i, after);
            }
            selected.set(after);
            info.set(Messages.get("ui.villages.renamed", v.name(), after.name()));
            changes.saved();
        }, f -> error.set(Errors.sentence(f)));
    }

    public ObservableList<Village> villages() {
        return villages;
    }

    public ObjectProperty<Village> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty renameToProperty() {
        return renameTo;
    }

    public StringProperty infoProperty() {
        return info;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
