package org.skyroad.station.ui.villagers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.ui.ManualTaskExecutor;
import org.skyroad.station.ui.UiFixtures;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;

class VillagerSearchViewModelTest {

    @TempDir
    Path dir;
    StationRuntime rt;
    VillagerSearchViewModel vm;

    @BeforeEach
    void setUp() {
        rt = UiFixtures.setUpStation(dir);
        UiFixtures.signInAsSystem(rt);
        Village daxiong = UiFixtures.village(rt, "达雄村");
        Village chulo = UiFixtures.village(rt, "ཆུ་ལོ་སྡེ་བ");
        UiFixtures.villager(rt, "扎西次仁", "13800135678", daxiong, "1234");
        UiFixtures.villager(rt, "བཀྲ་ཤིས་ཚེ་རིང", "13912340001", chulo, "56789X");
        UiFixtures.villager(rt, "Tenzin Dorje", null, daxiong, null);
        vm = new VillagerSearchViewModel(rt.villagers(), new SameThreadTaskExecutor());
    }

    @AfterEach
    void tearDown() {
        rt.close();
    }

    private List<String> names() {
        return vm.results().stream().map(VillagerRow::name).toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(textBlock = """
            5678,          扎西次仁
            13800135678,   扎西次仁
            扎西,           扎西次仁
            次仁,           扎西次仁
            བཀྲ་ཤིས,        བཀྲ་ཤིས་ཚེ་རིང
            tenzin,        Tenzin Dorje
            dorje,         Tenzin Dorje
            56789X,        བཀྲ་ཤིས་ཚེ་རིང
            ཆུ་ལོ,           བཀྲ་ཤིས་ཚེ་རིང
            """)
    void typingFindsVillagerAsYouType(String typed, String expected) {
        vm.queryProperty().set(typed);
        assertTrue(names().contains(expected), () -> typed + " gave " + names());
    }

    @Test
    void searchingByVillageListsEveryoneThere() {
        vm.queryProperty().set("达雄");
        assertEquals(java.util.Set.of("扎西次仁", "Tenzin Dorje"), java.util.Set.copyOf(names()));
    }

    @Test
    void rowShowsFullPhoneVillageAndConsent() {
        vm.queryProperty().set("5678");
        VillagerRow row = vm.results().get(0);
        assertEquals("13800135678", row.phone());
        assertEquals("达雄村", row.village());
        assertEquals("1234", row.idTail());
        assertEquals("pickup", row.consent());
        assertEquals("1 found", vm.statusProperty().get());
    }

    @Test
    void nothingFoundSaysSoAndOffersNewVillager() {
        vm.queryProperty().set("Nobody Here");
        assertTrue(vm.results().isEmpty());
        assertTrue(vm.statusProperty().get().contains("Ctrl+N"), vm.statusProperty().get());
    }

    @Test
    void clearingTheFieldClearsTheResults() {
        vm.queryProperty().set("5678");
        vm.queryProperty().set("");
        assertTrue(vm.results().isEmpty());
    }

    @Test
    void anAnswerToAnOlderQuestionIsDropped() {
        ManualTaskExecutor manual = new ManualTaskExecutor();
        VillagerSearchViewModel slow = new VillagerSearchViewModel(rt.villagers(), manual);
        slow.queryProperty().set("扎西");
        slow.queryProperty().set("Tenzin");
        manual.runLast();   // the newer question is answered first
        manual.runAll();    // then the older one arrives late
        assertEquals(List.of("Tenzin Dorje"), slow.results().stream().map(VillagerRow::name).toList());
    }

    @Test
    void searchWithoutSignInShowsTheSentence() {
        rt.session().signOut();
        vm.queryProperty().set("5678");
        assertEquals("Please sign in first.", vm.errorProperty().get());
        assertTrue(vm.results().isEmpty());
    }
}
