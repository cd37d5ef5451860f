package org.skyroad.station.ui.villagers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerMatch.MatchReason;
import org.skyroad.station.ui.ManualTaskExecutor;
import org.skyroad.station.ui.UiFixtures;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;

class VillagerEditViewModelTest {

    @TempDir
    Path dir;
    StationRuntime rt;
    Village daxiong;
    Villager tashi;
    VillagerEditViewModel vm;
    final List<Optional<Villager>> closed = new ArrayList<>();
    int saves;

    @BeforeEach
    void setUp() {
        rt = UiFixtures.setUpStation(dir);
        UiFixtures.signInAsSystem(rt);
        daxiong = UiFixtures.village(rt, "达雄村");
        tashi = UiFixtures.villager(rt, "扎西次仁", "13800135678", daxiong, null);
        DataChanges changes = new DataChanges();
        changes.subscribe(() -> saves++);
        vm = new VillagerEditViewModel(rt.villagers(), rt.session(), new SameThreadTaskExecutor(), changes);
        vm.setOnClosed(closed::add);
    }

    @AfterEach
    void tearDown() {
        rt.close();
    }

    @Test
    void newVillagerWithoutDuplicatesIsSavedAtOnce() {
        vm.startNew("");
        vm.nameProperty().set("卓玛");
        vm.phoneProperty().set("13912340001");
        vm.villageProperty().set(vm.villages().get(0));
        vm.save();
        assertEquals(1, closed.size());
        assertEquals("卓玛", closed.get(0).orElseThrow().name().value());
        assertEquals(1, saves);
        assertEquals(2, rt.villagers().count());
    }

    @Test
    void samePhoneIsWarnedAndNothingIsSavedUntilConfirmed() {
        vm.startNew("");
        vm.nameProperty().set("Tashi Tsering");
        vm.phoneProperty().set("138 0013 5678");
        vm.save();
        assertTrue(vm.awaitingConfirmProperty().get());
        assertEquals(1, vm.duplicates().size());
        assertEquals(MatchReason.SAME_PHONE, vm.duplicates().get(0).reason());
        assertTrue(vm.duplicateWarningProperty().get().startsWith("Possible duplicate"));
        assertTrue(VillagerEditViewModel.describe(vm.duplicates().get(0)).startsWith("Same phone: 扎西次仁"));
        assertEquals(1, rt.villagers().count());
        assertTrue(closed.isEmpty());

        vm.confirmSave();
        assertEquals(2, rt.villagers().count());
        assertEquals(1, closed.size());
        assertFalse(vm.awaitingConfirmProperty().get());
    }

    @Test
    void sameNameInSameVillageIsWarned() {
        vm.startNew("扎西次仁");
        assertEquals("扎西次仁", vm.nameProperty().get());
        vm.villageProperty().set(daxiong);
        vm.save();
        assertEquals(MatchReason.SAME_NAME_AND_VILLAGE, vm.duplicates().get(0).reason());
        assertEquals(1, rt.villagers().count());
    }

    @Test
    void savingAgainWithoutConfirmingDoesNotSave() {
        vm.startNew("13800135678");
        assertEquals("13800135678", vm.phoneProperty().get());
        vm.nameProperty().set("Other Person");
        vm.save();
        vm.save();
        assertEquals(1, rt.villagers().count());
        assertTrue(vm.awaitingConfirmProperty().get());
    }

    @Test
    void changingTheDraftAfterTheWarningAsksAgain() {
        vm.startNew("");
        vm.nameProperty().set("Other Person");
        vm.phoneProperty().set("13800135678");
        vm.save();
        vm.phoneProperty().set("13800139999");
        assertFalse(vm.awaitingConfirmProperty().get());
        vm.confirmSave();
        assertEquals(1, rt.villagers().count(), "a confirmation is only for the duplicates shown");
        vm.save();
        assertEquals(2, rt.villagers().count());
    }

    @Test
    void duplicateFoundByTheServiceAtSaveTimeIsShownTheSameWay() {
        ManualTaskExecutor manual = new ManualTaskExecutor();
        VillagerEditViewModel racing = new VillagerEditViewModel(rt.villagers(), rt.session(), manual, new DataChanges());
        racing.startNew("");
        manual.runAll();
        racing.nameProperty().set("Pema");
        racing.phoneProperty().set("13700001111");
        racing.save();
        manual.runFirst();   // no duplicates yet: the save is queued
        UiFixtures.villager(rt, "Pema Lhamo", "13700001111", null, null);   // another counter was faster
        manual.runAll();
        assertTrue(racing.awaitingConfirmProperty().get());
        assertEquals("Pema Lhamo", racing.duplicates().get(0).villager().name().value());
        assertEquals("", racing.errorProperty().get());
    }

    @Test
    void editingKeepsTheVillagerAndIgnoresItselfAsDuplicate() {
        vm.edit(tashi);
        assertEquals(daxiong.id(), vm.villageProperty().get().id());
        vm.notesProperty().set("prefers pickup on Tuesdays");
        vm.save();
        Villager saved = closed.get(0).orElseThrow();
        assertEquals(tashi.id(), saved.id());
        assertEquals("prefers pickup on Tuesdays", rt.villagers().get(tashi.id()).notes());
    }

    @Test
    void aWrongPhoneIsShownAsASentence() {
        vm.startNew("");
        vm.nameProperty().set("Nyima");
        vm.phoneProperty().set("12345");
        vm.save();
        assertTrue(vm.errorProperty().get().contains("is not a phone number"), vm.errorProperty().get());
        assertTrue(closed.isEmpty());
    }

    @Test
    void escapeClosesWithoutSaving() {
        vm.startNew("");
        vm.nameProperty().set("Nyima");
        vm.cancel();
        assertEquals(List.of(Optional.empty()), closed);
        assertEquals(1, rt.villagers().count());
    }

    @Test
    void managerAddsAVillageAndItIsChosen() {
        vm.startNew("");
        assertTrue(vm.canAddVillageProperty().get());
        vm.newVillageNameProperty().set("门当村");
        vm.addVillage();
        assertEquals("门当村", vm.villageProperty().get().name());
        assertTrue(vm.villages().stream().anyMatch(v -> v.name().equals("门当村")));
    }

    @Test
    void operatorCannotAddVillages() {
        rt.session().signIn(UiFixtures.operator());
        vm.startNew("");
        assertFalse(vm.canAddVillageProperty().get());
        vm.newVillageNameProperty().set("门当村");
        vm.addVillage();
        assertTrue(vm.errorProperty().get().contains("editing the village list"), vm.errorProperty().get());
    }
}
