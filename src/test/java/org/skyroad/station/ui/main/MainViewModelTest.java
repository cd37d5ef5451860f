package org.skyroad.station.ui.main;

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
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.ui.RecordingNavigator;
import org.skyroad.station.ui.UiFixtures;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;

class MainViewModelTest {

    @TempDir
    Path dir;
    StationRuntime rt;
    final RecordingNavigator navigator = new RecordingNavigator();
    final DataChanges changes = new DataChanges();

    @BeforeEach
    void setUp() {
        rt = UiFixtures.setUpStation(dir);
    }

    @AfterEach
    void tearDown() {
        rt.close();
    }

    private MainViewModel signedIn(Actor who) {
        rt.session().signIn(who);
        MainViewModel vm = new MainViewModel(rt.settings(), rt.staff(), new SameThreadTaskExecutor(), changes,
                navigator, who, Area.COUNTER);
        vm.start();
        return vm;
    }

    @Test
    void statusBarShowsStationPersonPendingChangesAndNeverSynced() {
        Actor admin = rt.staff().signIn(UiFixtures.ADMIN, UiFixtures.PASSWORD.toCharArray());
        MainViewModel vm = signedIn(admin);
        assertEquals("TS-003 · Daxiong Village Service Point", vm.stationProperty().get());
        assertEquals("Signed in: Admin Dawa (Admin)", vm.userProperty().get());
        long pending = rt.settings().status().pendingChanges();
        assertEquals("Waiting to sync: " + pending, vm.pendingProperty().get());
        assertEquals("Last sync: never", vm.lastSyncProperty().get());
    }

    @Test
    void statusIsRefreshedAfterASave() {
        Actor admin = rt.staff().signIn(UiFixtures.ADMIN, UiFixtures.PASSWORD.toCharArray());
        MainViewModel vm = signedIn(admin);
        long before = rt.settings().status().pendingChanges();
        UiFixtures.village(rt, "达雄村");
        changes.saved();
        assertEquals("Waiting to sync: " + (before + 1), vm.pendingProperty().get());
    }

    @Test
    void operatorCannotOpenTheAdminArea() {
        MainViewModel vm = signedIn(UiFixtures.operator());
        assertFalse(vm.adminProperty().get());
        assertFalse(vm.open(Area.ADMIN));
        assertEquals(Area.COUNTER, vm.areaProperty().get());
        assertTrue(vm.open(Area.VILLAGERS));
    }

    @Test
    void signOutGoesBackToSignIn() {
        Actor admin = rt.staff().signIn(UiFixtures.ADMIN, UiFixtures.PASSWORD.toCharArray());
        MainViewModel vm = signedIn(admin);
        vm.signOut();
        assertEquals(List.of("signedOut"), navigator.events);
        assertTrue(rt.session().actor().isEmpty());
    }
}
