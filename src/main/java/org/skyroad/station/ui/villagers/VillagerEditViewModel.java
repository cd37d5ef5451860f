package org.skyroad.station.ui.villagers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.SessionContext;
import org.skyroad.station.service.VillagerRegistry;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.TaskExecutor;
import org.skyroad.station.ui.common.Text;

/**
 * A new or changed villager. Before saving it asks the registry for likely duplicates; when
 * there are some, they are shown and saving needs an explicit "this is another person".
 */
public final class VillagerEditViewModel {

    private final VillagerRegistry villagers;
    private final SessionContext session;
    private final TaskExecutor executor;
    private final DataChanges changes;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<Village> village = new SimpleObjectProperty<>();
    private final StringProperty idTail = new SimpleStringProperty("");
    private final StringProperty household = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty consentPickup = new SimpleBooleanProperty(true);
    private final BooleanProperty consentDelivery = new SimpleBooleanProperty(false);
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObservableList<VillagerMatch> duplicates = FXCollections.observableArrayList();
    private final BooleanProperty awaitingConfirm = new SimpleBooleanProperty(false);
    private final StringProperty duplicateWarning = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty newVillageName = new SimpleStringProperty("");
    private final BooleanProperty canAddVillage = new SimpleBooleanProperty(false);

    private Villager editing;
    private Consumer<Optional<Villager>> onClosed = v -> { };

    public VillagerEditViewModel(VillagerRegistry villagers, SessionContext session, TaskExecutor executor,
                                 DataChanges changes) {
        this.villagers = villagers;
        this.session = session;
        this.executor = executor;
        this.changes = changes;
        // A confirmation is for the duplicates that were shown: any change asks again.
        for (Observable field : List.of(name, phone, village, idTail)) {
            field.addListener(o -> clearDuplicates());
        }
    }

    /** Called with the saved villager, or empty when the form was cancelled. */
    public void setOnClosed(Consumer<Optional<Villager>> onClosed) {
        this.onClosed = onClosed;
    }

    public void startNew(String typed) {
        editing = null;
        title.set(Messages.get("ui.villager.new"));
        name.set("");
        phone.set("");
        idTail.set("");
        // What the operator searched for is often the phone or the name: keep typing it.
        if (typed != null && !typed.isBlank()) {
            String t = typed.strip();
            if (t.replaceAll("[\\s\\-]", "").matches("\\+?[0-9]{7,}")) {
                phone.set(t);
            } else if (!t.matches("[0-9X]+")) {
                name.set(t);
            }
        }
        household.set("");
        notes.set("");
        consentPickup.set(true);
        consentDelivery.set(false);
        village.set(null);
        resetMessages();
        loadVillages(null);
    }

    public void edit(Villager v) {
        editing = v;
        title.set(Messages.get("ui.villager.edit", v.name().value()));
        name.set(v.name().value());
        phone.set(v.phone() == null ? "" : v.phone().digits());
        idTail.set(v.idTail() == null ? "" : v.idTail().value());
        household.set(Text.nullToEmpty(v.household()));
        notes.set(Text.nullToEmpty(v.notes()));
        consentPickup.set(v.consentPickup());
        consentDelivery.set(v.consentDelivery());
        village.set(null);
        resetMessages();
        loadVillages(v.villageId());
    }

    private void resetMessages() {
        error.set("");
        newVillageName.set("");
        clearDuplicates();
        canAddVillage.set(session.actor().map(a -> a.role().allows(Permission.VILLAGE_EDIT)).orElse(false));
    }

    private void clearDuplicates() {
        duplicates.clear();
        awaitingConfirm.set(false);
        duplicateWarning.set("");
    }

    private void loadVillages(UUID select) {
        executor.run(p -> villagers.villages(), (List<Village> all) -> {
            villages.setAll(all);
            if (select != null) {
                all.stream().filter(v -> v.id().equals(select)).findFirst().ifPresent(village::set);
            }
        }, failure -> error.set(Errors.sentence(failure)));
    }

    public boolean isNew() {
        return editing == null;
    }

    private VillagerDraft draft() {
        return new VillagerDraft(name.get(), Text.blankToNull(phone.get()),
                village.get() == null ? null : village.get().id(), Text.blankToNull(idTail.get()),
                Text.blankToNull(household.get()), Text.blankToNull(notes.get()),
                consentPickup.get(), consentDelivery.get());
    }

    /** Checks for likely duplicates first; saves when there are none. */
    public void save() {
        if (busy.get()) {
            return;
        }
        VillagerDraft draft = draft();
        UUID except = editing == null ? null : editing.id();
        busy.set(true);
        error.set("");
        executor.run(p -> villagers.likelyDuplicates(draft, except), (List<VillagerMatch> found) -> {
            busy.set(false);
            if (found.isEmpty()) {
                write(draft, false);
            } else {
                showDuplicates(found);
            }
        }, this::failed);
    }

    /** The operator saw the possible duplicates and says this is another person. */
    public void confirmSave() {
        if (!awaitingConfirm.get() || busy.get()) {
            return;
        }
        write(draft(), true);
    }

    private void write(VillagerDraft draft, boolean confirmed) {
        Villager before = editing;
        busy.set(true);
        error.set("");
        executor.run(p -> before == null ? villagers.create(draft, confirmed)
                : villagers.update(before.id(), before.version(), draft, confirmed), (Villager saved) -> {
                    busy.set(false);
                    editing = saved;
                    clearDuplicates();
                    changes.saved();
                    onClosed.accept(Optional.of(saved));
                }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof VillagerRegistry.LikelyDuplicateException dup) {
            showDuplicates(dup.matches());
        } else {
            error.set(Errors.sentence(failure));
        }
    }

    private void showDuplicates(List<VillagerMatch> found) {
        duplicates.setAll(found);
        awaitingConfirm.set(true);
        duplicateWarning.set(Messages.get("ui.villager.duplicates", found.size()));
    }

    public void cancel() {
        clearDuplicates();
        onClosed.accept(Optional.empty());
    }

    /** Adds a village to the station's list (managers) and picks it for this villager. */
    public void addVillage() {
        String typed = newVillageName.get();
        error.set("");
        executor.run(p -> villagers.addVillage(typed), (Village added) -> {
            villages.add(added);
            village.set(added);
            newVillageName.set("");
            changes.saved();
        }, f -> error.set(Errors.sentence(f)));
    }

    /** Words for one possible duplicate, as shown under the warning. */
    public static String describe(VillagerMatch m) {
        Villager v = m.villager();
        String why = Messages.get("ui.villager.reason." + m.reason().name());
        return Messages.get("ui.villager.duplicateLine", why, v.name().value(),
                v.phone() == null ? "—" : v.phone().digits(),
                m.villageName() == null ? "—" : m.villageName());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<Village> villageProperty() {
        return village;
    }

    public StringProperty idTailProperty() {
        return idTail;
    }

    public StringProperty householdProperty() {
        return household;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty consentPickupProperty() {
        return consentPickup;
    }

    public BooleanProperty consentDeliveryProperty() {
        return consentDelivery;
    }

    public ObservableList<Village> villages() {
        return villages;
    }

    public ObservableList<VillagerMatch> duplicates() {
        return duplicates;
    }

    public BooleanProperty awaitingConfirmProperty() {
        return awaitingConfirm;
    }

    public StringProperty duplicateWarningProperty() {
        return duplicateWarning;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty newVillageNameProperty() {
        return newVillageName;
    }

    public BooleanProperty canAddVillageProperty() {
        return canAddVillage;
    }
}
