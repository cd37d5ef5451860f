package org.skyroad.station.ui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.ui.RecordingNavigator;
import org.skyroad.station.ui.UiFixtures;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;

class SignInViewModelTest {

    @TempDir
    Path dir;
    StationRuntime rt;
    final RecordingNavigator navigator = new RecordingNavigator();
    SignInViewModel vm;

    @BeforeEach
    void setUp() {
        rt = UiFixtures.setUpStation(dir);
        vm = new SignInViewModel(rt.staff(), rt.settings(), new SameThreadTaskExecutor(), navigator, "");
        vm.load();
    }

    @AfterEach
    void tearDown() {
        rt.close();
    }

    @Test
    void headingShowsStationNameAndCode() {
        assertEquals("Daxiong Village Service Point · TS-003", vm.stationTitleProperty().get());
    }

    @Test
    void rightPasswordSignsInAndOpensTheMainWindow() {
        vm.usernameProperty().set(UiFixtures.ADMIN);
        vm.passwordProperty().set(UiFixtures.PASSWORD);
        vm.signIn();
        assertEquals(List.of("signedIn"), navigator.events);
        assertEquals(Role.ADMIN, navigator.signedIn.role());
        assertEquals("", vm.passwordProperty().get(), "the password does not stay in the field");
    }

    @Test
    void wrongPasswordShowsTheServiceSentence() {
        vm.usernameProperty().set(UiFixtures.ADMIN);
        vm.passwordProperty().set("not-it");
        vm.signIn();
        assertEquals("The name or the password is not right. Please try again.", vm.errorProperty().get());
        assertTrue(navigator.events.isEmpty());
        assertEquals("", vm.passwordProperty().get());
    }

    @Test
    void fifthWrongPasswordLocksTheAccount() {
        vm.usernameProperty().set(UiFixtures.ADMIN);
        for (int i = 0; i < 5; i++) {
            vm.passwordProperty().set("wrong" + i);
            vm.signIn();
        }
        assertTrue(vm.errorProperty().get().startsWith("That was the 5th wrong password: the account is locked until"),
                vm.errorProperty().get());
        vm.passwordProperty().set(UiFixtures.PASSWORD);
        vm.signIn();
        assertTrue(vm.errorProperty().get().startsWith("This account is locked"), vm.errorProperty().get());
        assertTrue(navigator.events.isEmpty());
    }

    @Test
    void choosingALanguageKeepsItOnThisComputer() {
        vm.changeLanguage(Language.ZH);
        assertEquals("zh", rt.settings().interfaceLanguage().orElseThrow());
        assertEquals(List.of("language:zh"), navigator.events);
    }
}
