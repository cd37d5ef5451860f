package org.skyroad.station.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.testsupport.TestStation;

class StationSetupTest {

    @TempDir
    Path dir;

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("error.station.code", new StationSetup.Request("T3", "站", "village", "NGA-HUB", "admin", null, "password1".toCharArray(), "zh")),
                Arguments.of("error.station.nameEmpty", new StationSetup.Request("TS-003", "  ", "village", "NGA-HUB", "admin", null, "password1".toCharArray(), "zh")),
                Arguments.of("error.station.nameTooLong", new StationSetup.Request("TS-003", "站".repeat(101), "village", "NGA-HUB", "admin", null, "password1".toCharArray(), "zh")),
                Arguments.of("error.station.level", new StationSetup.Request("TS-003", "站", "city", "NGA-HUB", "admin", null, "password1".toCharArray(), "zh")),
                Arguments.of("error.station.hubRequired", new StationSetup.Request("TS-003", "站", "village", "", "admin", null, "password1".toCharArray(), "zh")),
                Arguments.of("error.staff.username", new StationSetup.Request("TS-003", "站", "village", "NGA-HUB", "扎西", null, "password1".toCharArray(), "zh")),
                Arguments.of("error.password.tooShort", new StationSetup.Request("TS-003", "站", "village", "NGA-HUB", "admin", null, "12".toCharArray(), "zh")));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void badSetupIsRefusedWithASentenceAndWritesNothing(String key, StationSetup.Request request) {
        try (StationRuntime rt = TestStation.open(dir)) {
            var e = assertThrows(InvalidInputException.class, () -> rt.setup().initialize(request));
            assertEquals(key, e.messageKey());
            assertFalse(e.getMessage().startsWith("error."), "a sentence, not a key: " + e.getMessage());
            assertFalse(rt.setup().isInitialized());
            assertEquals(0, rt.database().transactions().read(() -> rt.database().jdbc().queryLong("SELECT COUNT(*) FROM audit_log")));
        }
    }

    @Test
    void aCountyHubNeedsNoParentHub() {
        try (StationRuntime rt = TestStation.open(dir)) {
            var station = rt.setup().initialize(new StationSetup.Request("NGA-HUB", "措勤县电子商务公共服务中心", "county", null,
                    "manager", "县管理员", "password1".toCharArray(), "zh"));
            assertTrue(station.isHub());
        }
    }

    @Test
    void setupRunsOnlyOnce() {
        try (StationRuntime rt = TestStation.initialized(dir)) {
            assertThrows(ConflictException.class, () -> rt.setup().initialize(new StationSetup.Request("TS-004", "另一个", "village",
                    "NGA-HUB", "admin2", null, "password1".toCharArray(), "zh")));
            assertEquals("TS-003", rt.settings().station().code().value());
        }
    }

    @Test
    void theStationSurvivesAReopen() {
        try (StationRuntime rt = TestStation.initialized(dir)) {
            assertTrue(rt.setup().isInitialized());
        }
        try (StationRuntime rt = TestStation.open(dir)) {
            assertEquals("达雄村服务点", rt.settings().station().name());
            assertEquals("admin", rt.staff().signIn("admin", TestStation.PASSWORD.toCharArray()).username());
        }
    }
}
