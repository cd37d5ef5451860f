package org.skyroad.station.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skyroad.station.cli.InitCommandTest.assertOneSentence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.i18n.Messages;

/** One demo station for the whole class (init, demo, a few known villagers), searched many ways. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoAndFindCommandTest {

    @TempDir
    static Path dir;
    Path db;

    @BeforeAll
    void station() {
        Messages.setLocale(Locale.ENGLISH);
        db = dir.resolve("station").resolve("station.mv.db");
        Cli.init(db, "TS-003");
        Cli.Result demo = Cli.expect(SkyroadCommand.OK, "--db", db.toString(), "demo", "--villagers", "300", "--seed", "42");
        assertFalse(demo.out().contains("Created the demo station"), "the station was set up by init");
        assertTrue(demo.out().contains("Added 14 villages and 300 villagers"), demo.out());
        try (StationRuntime rt = Cli.open(db)) {
            UUID daxiong = village(rt, "达雄村");
            UUID chulo = village(rt, "曲洛村");
            rt.villagers().create(new VillagerDraft("扎西顿珠", "13812345678", daxiong, "123X", null, null, true, true), true);
            rt.villagers().create(new VillagerDraft("བཀྲ་ཤིས་སྒྲོལ་མ", null, chulo, null, null, null, true, true), true);
        }
    }

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static UUID village(StationRuntime rt, String name) {
        return rt.villagers().villages().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Cli.Result find(String text) {
        return Cli.expect(SkyroadCommand.OK, "--db", db.toString(), "villager", "find", text, "--limit", "500");
    }

    @Test
    void findByPhoneTailPrintsTheVillagerTabSeparated() {
        Cli.Result r = find("5678");
        assertTrue(r.outLines().contains("扎西顿珠\t13812345678\t达雄村\t123X"), r.out());
        for (String line : r.outLines()) {
            String[] f = line.split("\t", -1);
            assertEquals(4, f.length, line);
            assertTrue(f[1].endsWith("5678") || f[3].endsWith("5678"), "each line matches the tail: " + line);
        }
    }

    @Test
    void findByTibetanNamePrintsOnlyVillagersWithThatName() {
        Cli.Result r = find("བཀྲ་ཤིས");
        assertTrue(r.outLines().contains("བཀྲ་ཤིས་སྒྲོལ་མ\t\t曲洛村\t"), r.out());
        for (String line : r.outLines()) {
            String[] f = line.split("\t", -1);
            assertTrue(f[0].contains("བཀྲ་ཤིས") || f[2].startsWith("བཀྲ་ཤིས"), "the name or the village matches: " + line);
        }
    }

    @Test
    void findByChineseNamePrintsOnlyVillagersWithThatName() {
        Cli.Result r = find("扎西");
        assertTrue(r.outLines().contains("扎西顿珠\t13812345678\t达雄村\t123X"), r.out());
        assertTrue(r.outLines().size() > 1, "the demo has other 扎西 too:\n" + r.out());
        for (String line : r.outLines()) {
            String[] f = line.split("\t", -1);
            assertTrue(TextRules.searchKey(f[0]).contains("扎西") || f[2].startsWith("扎西"), line);
        }
    }

    @Test
    void findByIdTailAndByWholePhone() {
        assertTrue(find("123x").outLines().contains("扎西顿珠\t13812345678\t达雄村\t123X"));
        assertEquals(List.of("扎西顿珠\t13812345678\t达雄村\t123X"), find("138-1234-5678").outLines());
    }

    @Test
    void noMatchIsNotAnError() {
        Cli.Result r = find("Nobody Here");
        assertEquals("", r.out());
        assertEquals(1, r.errLines().size(), r.err());
    }

    @Test
    void limitCapsTheLines() {
        Cli.Result r = Cli.expect(SkyroadCommand.OK, "--db", db.toString(), "villager", "find", "扎西", "--limit", "2");
        assertEquals(2, r.outLines().size(), r.out());
    }

    @Test
    void countPrintsTheNumberOfVillagers() {
        assertEquals(List.of("302"), Cli.expect(SkyroadCommand.OK, "--db", db.toString(), "villager", "count").outLines());
    }

    @Test
    void emptyTextAndBadLimitAreRefused() {
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", db.toString(), "villager", "find", "  "),
                "Please give something to search for");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", db.toString(), "villager", "find", "扎西", "--limit", "0"),
                "--limit must be from 1 to 500");
    }

    @Test
    void findInAStationThatDoesNotExistIsRefusedWithoutCreatingOne() {
        Path missing = dir.resolve("elsewhere").resolve("station.mv.db");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", missing.toString(), "villager", "find", "扎西"),
                "There is no station database");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", missing.toString(), "villager", "count"),
                "There is no station database");
        assertFalse(Files.exists(missing.getParent()));
    }

    @Test
    void theSameSeedGivesTheSameVillagers() {
        Path a = dir.resolve("a").resolve("station.mv.db");
        Path b = dir.resolve("b").resolve("station.mv.db");
        Path c = dir.resolve("c").resolve("station.mv.db");
        Cli.Result first = Cli.expect(SkyroadCommand.OK, "--db", a.toString(), "demo", "--villagers", "120", "--seed", "7");
        assertTrue(first.out().contains("Created the demo station TS-003; sign in as admin with the password demo1234."),
                first.out());
        Cli.expect(SkyroadCommand.OK, "--db", b.toString(), "demo", "--villagers", "120", "--seed", "7");
        Cli.expect(SkyroadCommand.OK, "--db", c.toString(), "demo", "--villagers", "120", "--seed", "8");
        assertEquals(120, Cli.villagerContent(a).size());
        assertEquals(Cli.villagerContent(a), Cli.villagerContent(b));
        assertNotEquals(Cli.villagerContent(a), Cli.villagerContent(c));
    }

    @Test
    void demoRefusesBadCountsBeforeTouchingAnything() {
        Path fresh = dir.resolve("fresh").resolve("station.mv.db");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", fresh.toString(), "demo", "--villagers", "-1"),
                "--villagers must be a whole number from 0 to 1000000, not -1");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", fresh.toString(), "demo", "--villagers", "1000001"),
                "not 1000001");
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", fresh.toString(), "demo", "--villagers", "many"),
                "many");
        assertFalse(Files.exists(fresh.getParent()));
    }

    @Test
    void demoSpeaksChineseWithLangZh() {
        Path fresh = dir.resolve("zh").resolve("station.mv.db");
        Cli.Result r = Cli.expect(SkyroadCommand.REFUSED, "--lang", "zh", "--db", fresh.toString(), "demo", "--villagers", "-5");
        assertOneSentence(r, "--villagers 必须是 0 到 1000000 之间的整数");
        assertEquals(Locale.ENGLISH, Messages.locale(), "the language is set back after the run");
    }

    @Test
    void demoLeavesARealStationAlone() {
        Path real = dir.resolve("real").resolve("station.mv.db");
        Cli.init(real, "TS-010");
        List<String> before = Cli.villagerRows(real);
        assertOneSentence(Cli.expect(SkyroadCommand.REFUSED, "--db", real.toString(), "demo", "--villagers", "10"),
                "not the demo station TS-003");
        assertEquals(before, Cli.villagerRows(real));
    }
}
