package org.skyroad.station.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.domain.villager.VillagerMatch.MatchReason;
import org.skyroad.station.testsupport.TestStation;

class VillagerRegistryTest {

    @TempDir
    Path dir;
    StationRuntime rt;
    Village daxiong;
    Village menda;

    @BeforeEach
    void open() {
        rt = TestStation.initialized(dir);
        daxiong = rt.villagers().addVillage("达雄村");
        menda = rt.villagers().addVillage("门当村");
        add("བཀྲ་ཤིས་ཚེ་རིང", "13812345678", daxiong, "1234");
        add("扎西次仁", "13912340001", daxiong, "56789X");
        add("次仁卓玛", "15088885678", menda, null);
        add("Tashi Dorje", null, menda, "4321");
        add("王建华", "08972345671", daxiong, null);
    }

    @AfterEach
    void close() {
        rt.close();
    }

    private Villager add(String name, String phone, Village village, String idTail) {
        return rt.villagers().create(new VillagerDraft(name, phone, village.id(), idTail, null, null, true, false), false);
    }

    private List<String> names(String query) {
        return rt.villagers().find(query, 50).stream().map(m -> m.villager().name().value()).toList();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(textBlock = """
            5678,             བཀྲ་ཤིས་ཚེ་རིང|次仁卓玛
            13812345678,      བཀྲ་ཤིས་ཚེ་རིང
            '138 1234 5678',  བཀྲ་ཤིས་ཚེ་རིང
            བཀྲ་ཤིས,           བཀྲ་ཤིས་ཚེ་རིང
            བཀྲ་ཤིས་,          བཀྲ་ཤིས་ཚེ་རིང
            ཚེ་རིང,            བཀྲ་ཤིས་ཚེ་རིང
            扎西,             扎西次仁
            次仁,             次仁卓玛|扎西次仁
            tashi,            Tashi Dorje
            DORJE,            Tashi Dorje
            789x,             扎西次仁
            4321,             Tashi Dorje
            门当,             Tashi Dorje|次仁卓玛
            08972345671,      王建华
            """)
    void findsByWhatTheVillagerOffers(String query, String expected) {
        assertEquals(List.of(expected.split("\\|")), names(query));
    }

    @Test
    void prefixMatchesComeBeforeContainedMatches() {
        List<VillagerMatch> found = rt.villagers().find("次仁", 50);
        assertEquals(MatchReason.NAME_PREFIX, found.get(0).reason());
        assertEquals(MatchReason.NAME_CONTAINS, found.get(1).reason());
    }

    @Test
    void likeWildcardsInTheQueryAreTakenLiterally() {
        assertEquals(List.of(), names("%"));
        assertEquals(List.of(), names("_"));
    }

    @Test
    void samePhoneIsALikelyDuplicate() {
        var draft = new VillagerDraft("Tashi T.", "138 1234 5678", menda.id(), null, null, null, true, true);
        List<VillagerMatch> dups = rt.villagers().likelyDuplicates(draft, null);
        assertEquals(1, dups.size());
        assertEquals(MatchReason.SAME_PHONE, dups.get(0).reason());
        var e = assertThrows(VillagerRegistry.LikelyDuplicateException.class, () -> rt.villagers().create(draft, false));
        assertEquals(1, e.matches().size());
        rt.villagers().create(draft, true);
        assertEquals(2, rt.villagers().find("5678", 50).stream().filter(m -> m.villager().phone() != null
                && m.villager().phone().digits().equals("13812345678")).count());
    }

    @Test
    void sameNameInTheSameVillageIsALikelyDuplicateButNotInAnother() {
        var same = new VillagerDraft("扎西次仁", null, daxiong.id(), null, null, null, true, true);
        assertEquals(MatchReason.SAME_NAME_AND_VILLAGE, rt.villagers().likelyDuplicates(same, null).get(0).reason());
        var elsewhere = new VillagerDraft("扎西次仁", null, menda.id(), null, null, null, true, true);
        assertTrue(rt.villagers().likelyDuplicates(elsewhere, null).isEmpty());
    }

    @Test
    void editingAVillagerKeepsItsIdAndBumpsTheVersion() {
        Villager v = rt.villagers().find("tashi", 1).get(0).villager();
        Villager after = rt.villagers().update(v.id(), v.version(),
                new VillagerDraft("Tashi Dorje", "13700001111", menda.id(), "4321", "户主 Tashi", "goes to Lhasa in winter", false, true), false);
        assertEquals(v.id(), after.id());
        assertEquals(v.version() + 1, after.version());
        assertEquals(List.of("Tashi Dorje"), names("1111"));
        var stale = assertThrows(ConflictException.class, () -> rt.villagers().update(v.id(), v.version(),
                new VillagerDraft("Tashi", null, menda.id(), null, null, null, true, true), false));
        assertEquals("error.changedMeanwhile", stale.messageKey());
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        long before = rt.villagers().count();
        assertThrows(InvalidInputException.class, () -> rt.villagers().create(
                new VillagerDraft("  ", null, null, null, null, null, true, true), false));
        assertThrows(InvalidInputException.class, () -> rt.villagers().create(
                new VillagerDraft("x".repeat(61), null, null, null, null, null, true, true), false));
        assertThrows(InvalidInputException.class, () -> rt.villagers().create(
                new VillagerDraft("拉姆", "12345", null, null, null, null, true, true), false));
        assertThrows(InvalidInputException.class, () -> rt.villagers().create(
                new VillagerDraft("拉姆", null, null, null, null, "n".repeat(501), true, true), false));
        assertEquals(before, rt.villagers().count());
    }

    @Test
    void villageNamesAreUniqueIgnoringCase() {
        rt.villagers().addVillage("Menda");
        assertThrows(ConflictException.class, () -> rt.villagers().addVillage(" menda "));
    }
}
