package org.skyroad.station.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.ui.RecordingNavigator;
import org.skyroad.station.ui.UiFixtures;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;

class SettingsAndVillagesViewModelTest {

    @TempDir
    Path dir;
    StationRuntime rt;
    final RecordingNavigator navigator = new RecordingNavigator();

    @BeforeEach
    void setUp() {
        rt = UiFixtures.setUpStation(dir);
        UiFixtures.signInAsSystem(rt);
    }

    @AfterEach
    void tearDown() {
        rt.close();
    }

    @Test
    void stationSettingsAreShownAndSaved() {
        StationSettingsViewModel vm = new StationSettingsViewModel(rt.settings(), new SameThreadTaskExecutor(),
                new DataChanges(), navigator);
        vm.load();
        assertEquals("TS-003", vm.codeProperty().get());
        assertEquals("NGA-HUB", vm.hubCodeProperty().get());
        assertEquals("Asia/Shanghai", vm.zoneProperty().get());
        vm.nameProperty().set("达雄村服务点");
        vm.zoneProperty().set("Asia/Urumqi");
        vm.stationLanguageProperty().set(Language.BO);
        vm.save();
        assertEquals("The station settings were saved.", vm.infoProperty().get());
        assertEquals("达雄村服务点", rt.settings().station().name());
        assertEquals("Asia/Urumqi", rt.settings().station().zone().getId());
        assertEquals("bo", rt.settings().station().language());
    }

    @Test
    void wrongTimeZoneIsASentence() {
        StationSettingsViewModel vm = new StationSettingsViewModel(rt.settings(), new SameThreadTaskExecutor(),
                new DataChanges(), navigator);
        vm.load();
        vm.zoneProperty().set("Lhasa/Nowhere");
        vm.save();
        assertEquals("\"Lhasa/Nowhere\" is not a time zone, for example Asia/Shanghai.", vm.errorProperty().get());
    }

    @Test
    void interfaceLanguageIsKeptAndAppliedAtOnce() {
        StationSettingsViewModel vm = new StationSettingsViewModel(rt.settings(), new SameThreadTaskExecutor(),
                new DataChanges(), navigator);
        vm.interfaceLanguageProperty().set(Language.BO);
        vm.applyInterfaceLanguage();
        assertEquals("bo", rt.settings().interfaceLanguage().orElseThrow());
        assertEquals(List.of("language:bo"), navigator.events);
    }

    @Test
    void villagesAreAddedAndRenamed() {
        VillagesAdminViewModel vm = new VillagesAdminViewModel(rt.villagers(), new SameThreadTaskExecutor(), new DataChanges());
        vm.load();
        vm.newNameProperty().set("江让村");
        vm.add();
        vm.newNameProperty().set("江让村");
        vm.add();
        assertEquals("The village 江让村 is already in the list.", vm.errorProperty().get());
        vm.selectedProperty().set(vm.villages().get(0));
        vm.renameToProperty().set("江让村二组");
        vm.rename();
        assertEquals("江让村二组", rt.villagers().villages().get(0).name());
        assertEquals("江让村二组", vm.villages().get(0).name());
    }
}
