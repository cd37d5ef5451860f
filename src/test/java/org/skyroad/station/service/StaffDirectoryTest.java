package org.skyroad.station.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.staff.StaffMember;
import org.skyroad.station.testsupport.MutableClock;
import org.skyroad.station.testsupport.TestStation;

class StaffDirectoryTest {

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-20T03:00:00Z"));
    StationRuntime rt;

    @BeforeEach
    void open() {
        rt = TestStation.initialized(dir, clock);
    }

    @AfterEach
    void close() {
        rt.close();
    }

    @Test
    void passwordsAreStoredAsSlowSaltedHashes() {
        StaffMember admin = rt.staff().list().get(0);
        assertTrue(admin.passwordHash().startsWith("pbkdf2-sha256$210000$"));
        assertFalse(admin.passwordHash().contains(TestStation.PASSWORD));
        PasswordHasher hasher = new PasswordHasher();
        assertTrue(hasher.verify(TestStation.PASSWORD.toCharArray(), admin.passwordHash()));
        assertFalse(hasher.verify("secret-124".toCharArray(), admin.passwordHash()));
        assertFalse(hasher.hash("same-pass".toCharArray()).equals(hasher.hash("same-pass".toCharArray())),
                "each hash has its own salt");
    }

    @Test
    void signInWithTheRightPasswordSetsTheSession() {
        rt.staff().signOut();
        var actor = rt.staff().signIn("ADMIN", TestStation.PASSWORD.toCharArray());
        assertEquals("admin", actor.username());
        assertEquals(Role.ADMIN, rt.session().actor().orElseThrow().role());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        for (int i = 1; i < StaffDirectory.MAX_FAILED_ATTEMPTS; i++) {
            var e = assertThrows(AccessDeniedException.class, () -> rt.staff().signIn("admin", "wrong-pass".toCharArray()));
            assertEquals("error.signin.wrong", e.messageKey());
        }
        var fifth = assertThrows(AccessDeniedException.class, () -> rt.staff().signIn("admin", "wrong-pass".toCharArray()));
        assertEquals("error.signin.lockedNow", fifth.messageKey());
        var locked = assertThrows(AccessDeniedException.class,
                () -> rt.staff().signIn("admin", TestStation.PASSWORD.toCharArray()));
        assertEquals("error.signin.locked", locked.messageKey());

        clock.advance(StaffDirectory.LOCK_DURATION.plus(Duration.ofSeconds(1)));
        assertEquals("admin", rt.staff().signIn("admin", TestStation.PASSWORD.toCharArray()).username());
    }

    @Test
    void unknownNameAndWrongPasswordGetTheSameSentence() {
        var unknown = assertThrows(AccessDeniedException.class, () -> rt.staff().signIn("nobody", "whatever1".toCharArray()));
        var wrong = assertThrows(AccessDeniedException.class, () -> rt.staff().signIn("admin", "whatever1".toCharArray()));
        assertEquals(wrong.getMessage(), unknown.getMessage());
    }

    @Test
    void resetPasswordLiftsTheLock() {
        StaffMember op = rt.staff().add("dolma", "卓玛", Role.OPERATOR, "first-pass".toCharArray());
        for (int i = 0; i < StaffDirectory.MAX_FAILED_ATTEMPTS; i++) {
            assertThrows(AccessDeniedException.class, () -> rt.staff().signIn("dolma", "nope-nope".toCharArray()));
        }
        rt.staff().signIn("admin", TestStation.PASSWORD.toCharArray());
        rt.staff().resetPassword(op.id(), "second-pass".toCharArray());
        assertEquals("dolma", rt.staff().signIn("dolma", "second-pass".toCharArray()).username());
    }

    @Test
    void deactivatedStaffCannotSignIn() {
        StaffMember op = rt.staff().add("tsering", "次仁", Role.OPERATOR, "first-pass".toCharArray());
        rt.staff().setActive(op.id(), false);
        var e = assertThrows(AccessDeniedException.class, () -> rt.staff().signIn("tsering", "first-pass".toCharArray()));
        assertEquals("error.signin.inactive", e.messageKey());
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrSwitchedOff() {
        StaffMember admin = rt.staff().list().get(0);
        assertEquals("error.staff.lastAdmin",
                assertThrows(ConflictException.class, () -> rt.staff().changeRole(admin.id(), Role.MANAGER)).messageKey());
        StaffMember second = rt.staff().add("pema", "白玛", Role.ADMIN, "first-pass".toCharArray());
        rt.staff().changeRole(second.id(), Role.MANAGER);
        assertEquals(Role.MANAGER, rt.staff().list().stream().filter(s -> s.id().equals(second.id())).findFirst().orElseThrow().role());
        assertEquals("error.staff.deactivateSelf",
                assertThrows(ConflictException.class, () -> rt.staff().setActive(admin.id(), false)).messageKey());
    }

    @Test
    void aTakenUsernameIsRefused() {
        rt.staff().add("lhamo", "拉姆", Role.OPERATOR, "first-pass".toCharArray());
        var e = assertThrows(ConflictException.class,
                () -> rt.staff().add("LHAMO", "Lhamo", Role.MANAGER, "first-pass".toCharArray()));
        assertEquals("error.staff.usernameTaken", e.messageKey());
    }
}
