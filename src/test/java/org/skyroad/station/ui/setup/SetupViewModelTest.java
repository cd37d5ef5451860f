package org.skyroad.station.ui.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.station.StationLevel;
import org.skyroad.station.ui.RecordingNavigator;
import org.skyroad.station.ui.UiFixtures;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;

class SetupViewModelTest {

    @TempDir
    Path dir;
    StationRuntime rt;
    final RecordingNavigator navigator = new RecordingNavigator();
    SetupViewModel vm;

    @BeforeEach
    void setUp() {
        rt = UiFixtures.newStation(dir);
        vm = new SetupViewModel(rt.setup(), new SameThreadTaskExecutor(), navigator);
        vm.stationCodeProperty().set("ts-003");
        vm.stationNameProperty().set("达雄村服务点");
        vm.levelProperty().set(StationLevel.VILLAGE);
        vm.hubCodeProperty().set("NGA-HUB");
        vm.adminUsernameProperty().set("admin");
        vm.adminNameProperty().set("Dawa");
        vm.passwordProperty().set("secret123");
        vm.passwordRepeatProperty().set("secret123");
        vm.languageProperty().set(Language.ZH);
    }

    @AfterEach
    void tearDown() {
        rt.close();
    }

    @Test
    void completeFormSetsTheStationUpAndGoesToSignIn() {
        vm.submit();
        assertEquals(List.of("stationReady"), navigator.events);
        assertEquals("TS-003", rt.settings().station().code().value());
        assertEquals("zh", rt.settings().station().language());
        assertEquals("", vm.passwordProperty().get());
    }

    @Test
    void differentPasswordsAreRefusedBeforeAnythingIsWritten() {
        vm.passwordRepeatProperty().set("secret124");
        vm.submit();
        assertEquals("The two passwords are not the same. Please type them again.", vm.errorProperty().get());
        assertFalse(rt.setup().isInitialized());
    }

    @Test
    void wrongStationCodeIsShownAsTheServiceSentence() {
        vm.stationCodeProperty().set("T3");
        vm.submit();
        assertTrue(vm.errorProperty().get().startsWith("\"T3\" is not a station code"), vm.errorProperty().get());
        assertFalse(rt.setup().isInitialized());
        assertTrue(navigator.events.isEmpty());
    }

    @Test
    void missingHubIsShownAsASentence() {
        vm.hubCodeProperty().set("");
        vm.submit();
        assertEquals("Please give the county hub’s code, like NGA-HUB.", vm.errorProperty().get());
    }
}
