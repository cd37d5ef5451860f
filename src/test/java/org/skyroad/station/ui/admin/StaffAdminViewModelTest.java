package org.skyroad.station.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.ui.UiFixtures;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;

class StaffAdminViewModelTest {

    @TempDir
    Path dir;
    StationRuntime rt;
    StaffAdminViewModel vm;

    @BeforeEach
    void setUp() {
        rt = UiFixtures.setUpStation(dir);
        rt.staff().signIn(UiFixtures.ADMIN, UiFixtures.PASSWORD.toCharArray());
        vm = new StaffAdminViewModel(rt.staff(), rt.settings(), rt.clock(), new SameThreadTaskExecutor(), new DataChanges());
        vm.load();
    }

    @AfterEach
    void tearDown() {
        rt.close();
    }

    private StaffRow row(String username) {
        return vm.rows().stream().filter(r -> r.username().equals(username)).findFirst().orElseThrow();
    }

    private void addOperator(String username) {
        vm.newUsernameProperty().set(username);
        vm.newNameProperty().set("Dekyi 德吉");
        vm.newRoleProperty().set(Role.OPERATOR);
        vm.newPasswordProperty().set("counter42");
        vm.add();
    }

    @Test
    void listShowsTheAdminWithRoleAndState() {
        StaffRow admin = row("admin");
        assertEquals("Admin Dawa", admin.name());
        assertEquals("Admin", admin.role());
        assertEquals("yes", admin.active());
        assertEquals("", admin.locked());
    }

    @Test
    void addedStaffAppearsInTheListAndCanSignIn() {
        addOperator("dekyi");
        assertEquals("The account dekyi was added.", vm.infoProperty().get());
        assertEquals("Operator", row("dekyi").role());
        assertEquals("", vm.newUsernameProperty().get());
        assertEquals(Role.OPERATOR, rt.staff().signIn("dekyi", "counter42".toCharArray()).role());
    }

    @Test
    void takenUsernameIsRefusedWithASentence() {
        addOperator("dekyi");
        addOperator("dekyi");
        assertEquals("The sign-in name dekyi is already used by another account.", vm.errorProperty().get());
    }

    @Test
    void shortPasswordIsRefusedWithASentence() {
        vm.newUsernameProperty().set("pema");
        vm.newNameProperty().set("Pema");
        vm.newPasswordProperty().set("123");
        vm.add();
        assertEquals("A password needs at least 6 characters.", vm.errorProperty().get());
    }

    @Test
    void roleIsChanged() {
        addOperator("dekyi");
        vm.selectedProperty().set(row("dekyi"));
        vm.selectedRoleProperty().set(Role.MANAGER);
        vm.changeRole();
        assertEquals("Manager", row("dekyi").role());
        assertEquals("dekyi is now Manager.", vm.infoProperty().get());
    }

    @Test
    void passwordIsResetAndTheOldOneNoLongerWorks() {
        addOperator("dekyi");
        vm.selectedProperty().set(row("dekyi"));
        vm.resetPasswordProperty().set("fresh-start9");
        vm.resetPassword();
        assertThrows(AccessDeniedException.class, () -> rt.staff().signIn("dekyi", "counter42".toCharArray()));
        rt.staff().signIn("dekyi", "fresh-start9".toCharArray());
    }

    @Test
    void deactivatedAccountCannotSignInUntilActivatedAgain() {
        addOperator("dekyi");
        vm.selectedProperty().set(row("dekyi"));
        vm.toggleActive();
        assertEquals("no", row("dekyi").active());
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> rt.staff().signIn("dekyi", "counter42".toCharArray()));
        assertEquals("error.signin.inactive", e.messageKey());
        rt.staff().signIn(UiFixtures.ADMIN, UiFixtures.PASSWORD.toCharArray());
        vm.selectedProperty().set(row("dekyi"));
        vm.toggleActive();
        assertEquals("yes", row("dekyi").active());
    }

    @Test
    void adminCannotSwitchOffTheirOwnAccount() {
        vm.selectedProperty().set(row("admin"));
        vm.toggleActive();
        assertEquals("You cannot switch off your own account.", vm.errorProperty().get());
        assertEquals("yes", row("admin").active());
    }

    @Test
    void operatorIsRefusedByTheService() {
        rt.session().signIn(UiFixtures.operator());
        StaffAdminViewModel opVm = new StaffAdminViewModel(rt.staff(), rt.settings(), rt.clock(),
                new SameThreadTaskExecutor(), new DataChanges());
        opVm.load();
        assertTrue(opVm.rows().isEmpty());
        assertTrue(opVm.errorProperty().get().contains("managing staff"), opVm.errorProperty().get());
    }
}
