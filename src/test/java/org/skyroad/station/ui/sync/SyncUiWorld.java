package org.skyroad.station.ui.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.service.StationSetup;
import org.skyroad.station.testsupport.TestStation;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;
import org.skyroad.station.ui.common.TaskExecutor;

/**
 * A county hub NGA-HUB and its station TS-003, each a real database in its own folder, with
 * the sync screens' view-models over them. Folders the screens ask for are {@link #answer}.
 */
final class SyncUiWorld implements AutoCloseable {

    final StationRuntime hub;
    final StationRuntime station;
    final TaskExecutor executor = new SameThreadTaskExecutor();
    /** What the folder and file pickers answer next. */
    Path answer;
    final SyncFiles files = new SyncFiles() {
        @Override
        public java.util.Optional<Path> chooseFolder(String title, Path initial) {
            return java.util.Optional.ofNullable(answer);
        }

        @Override
        public java.util.Optional<Path> chooseBatchFile(String title, Path initial) {
            return java.util.Optional.ofNullable(answer);
        }

        @Override
        public java.util.Optional<Path> chooseEnrolmentFile(String title, Path initial) {
            return java.util.Optional.ofNullable(answer);
        }
    };

    /** Setting a station up hashes its admin password (slow on purpose): done once, then copied. */
    private static Path template;

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path t = Files.createTempDirectory("skyroad-syncui-template-");
            try (StationRuntime h = StationRuntime.open(t.resolve("hub").resolve("station"))) {
                h.setup().initialize(new StationSetup.Request("NGA-HUB", "那曲县中心", "county", null, TestStation.ADMIN,
                        "Admin", TestStation.PASSWORD.toCharArray(), "zh"));
            }
            try (StationRuntime s = StationRuntime.open(t.resolve("ts").resolve("station"))) {
                s.setup().initialize(new StationSetup.Request("TS-003", "达雄村服务点", "village", "NGA-HUB",
                        TestStation.ADMIN, "Admin", TestStation.PASSWORD.toCharArray(), "zh"));
            }
            template = t;
        }
        return template;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    SyncUiWorld(Path dir) throws IOException {
        copy(template(), dir);
        hub = StationRuntime.open(dir.resolve("hub").resolve("station"));
        hub.session().signIn(Actor.system(TestStation.ADMIN));
        station = StationRuntime.open(dir.resolve("ts").resolve("station"));
        station.session().signIn(Actor.system(TestStation.ADMIN));
    }

    SyncScreens screens(StationRuntime rt, SyncScreens.HubConnector hubs) {
        return new SyncScreens(rt.sync(), rt.settings(), executor, null, files, hubs);
    }

    SyncStationViewModel stationViewModel() {
        return new SyncStationViewModel(screens(station, null));
    }

    SyncHubViewModel hubViewModel() {
        return new SyncHubViewModel(screens(hub, null));
    }

    @Override
    public void close() {
        hub.close();
        station.close();
    }
}
