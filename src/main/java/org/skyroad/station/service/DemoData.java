package org.skyroad.station.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.skyroad.station.domain.common.Progress;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.VillagerDraft;

/**
 * Realistic plateau data for a demo or a benchmark: a county's villages, villagers with
 * Tibetan names (in Tibetan script, in Chinese transcription, or in Latin letters) and Han
 * names, mobile phones, ID tails. The same seed gives the same station.
 */
public final class DemoData {

    public static final String DEMO_STATION = "TS-003";
    public static final String DEMO_HUB = "NGA-HUB";
    public static final String DEMO_ADMIN = "admin";
    public static final String DEMO_PASSWORD = "demo1234";
    private static final int CHUNK = 1_000;

    public record Result(boolean stationCreated, int villagesAdded, int villagersAdded, Duration took) {
        public double villagersPerSecond() {
            double s = Math.max(took.toNanos(), 1) / 1e9;
            return villagersAdded / s;
        }
    }

    /** Tibetan given names: script, Chinese transcription, Latin transcription. */
    private static final String[][] TIBETAN_NAMES = {
        {"བཀྲ་ཤིས", "扎西", "Tashi"}, {"ཚེ་རིང", "次仁", "Tsering"}, {"རྡོ་རྗེ", "多吉", "Dorje"},
        {"སྒྲོལ་མ", "卓玛", "Drolma"}, {"དབྱངས་ཅན", "央金", "Yangchen"}, {"ལྷ་མོ", "拉姆", "Lhamo"},
        {"བསོད་ནམས", "索朗", "Sonam"}, {"ཉི་མ", "尼玛", "Nyima"}, {"པདྨ", "白玛", "Pema"},
        {"ཆོས་སྒྲོན", "曲珍", "Chodron"}, {"ནོར་བུ", "罗布", "Norbu"}, {"ཀུན་བཟང", "贡桑", "Kunsang"},
        {"བློ་བཟང", "洛桑", "Lobsang"}, {"དབང་ཕྱུག", "旺秋", "Wangchuk"}, {"མིག་དམར", "米玛", "Migmar"},
        {"སྤེན་པ", "边巴", "Penpa"}, {"ཕུར་བུ", "普布", "Phurbu"}, {"པ་སངས", "巴桑", "Pasang"},
        {"ལྷག་པ", "拉巴", "Lhakpa"}, {"བསྟན་འཛིན", "丹增", "Tenzin"}, {"དཔལ་ལྡན", "班旦", "Palden"},
        {"ཡེ་ཤེས", "益西", "Yeshe"}, {"རིན་ཆེན", "仁青", "Rinchen"}, {"བདེ་སྐྱིད", "德吉", "Dekyi"},
        {"ཚེ་དབང", "次旺", "Tsewang"}, {"དབང་མོ", "旺姆", "Wangmo"}, {"གྲགས་པ", "扎巴", "Drakpa"},
        {"སྐལ་བཟང", "格桑", "Kelsang"}, {"ཡུམ་སྒྲོན", "玉珍", "Yudron"}, {"འཇམ་དབྱངས", "降央", "Jamyang"},
    };
    private static final String[] HAN_SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡"};
    private static final String[] HAN_GIVEN = {"伟", "芳", "敏", "静", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建华", "海燕", "志强"};
    /** Villages of a plateau county (Tsochen, Ngari): Chinese name and Tibetan name. */
    private static final String[] VILLAGES = {
        "达雄村", "江让村", "门当村", "曲洛村", "磁石村", "达瓦村", "帮勒村", "扎日南木措村",
        "洛布村", "日阿村", "措勤村", "嘎尔穷村", "བཀྲ་ཤིས་སྒང", "ཆུ་ལོ་སྡེ་བ",
    };
    private static final String[] MOBILE_PREFIXES = {"133", "135", "136", "138", "139", "150", "151", "152",
        "158", "159", "177", "180", "181", "183", "187", "189", "191", "199"};

    private final StationSetup setup;
    private final VillagerRegistry villagers;
    private final SessionContext session;

    public DemoData(StationSetup setup, VillagerRegistry villagers, SessionContext session) {
        this.setup = setup;
        this.villagers = villagers;
        this.session = session;
    }

    /**
     * Fills the station: creates the demo station first when there is none (admin / demo1234),
     * then the villages and {@code villagerCount} villagers, in chunks that each commit with
     * their audit and outbox rows. Cancelling stops after the current chunk; what was
     * committed stays.
     */
    public Result fill(long seed, int villagerCount, Progress progress) {
        long start = System.nanoTime();
        boolean created = false;
        if (!setup.isInitialized()) {
            setup.initialize(new StationSetup.Request(DEMO_STATION, "达雄村服务点 Daxiong Village Service Point",
                    "village", DEMO_HUB, DEMO_ADMIN, "Admin 管理员", DEMO_PASSWORD.toCharArray(), "zh"));
            created = true;
        }
        Random random = new Random(seed);
        List<Village> known = new ArrayList<>(villagers.villages());
        int villagesAdded = 0;
        for (String name : VILLAGES) {
            if (known.stream().noneMatch(v -> v.name().equals(name))) {
                known.add(villagers.addVillage(name));
                villagesAdded++;
            }
        }
        int added = 0;
        while (added < villagerCount && !progress.isCancelled()) {
            int n = Math.min(CHUNK, villagerCount - added);
            List<VillagerDraft> drafts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                drafts.add(randomVillager(random, known));
            }
            villagers.createAll(drafts);
            added += n;
            progress.update(added, villagerCount, "villagers");
        }
        return new Result(created, villagesAdded, added, Duration.ofNanos(System.nanoTime() - start));
    }

    private static VillagerDraft randomVillager(Random r, List<Village> villages) {
        String name = randomName(r);
        String phone = r.nextInt(100) < 85
                ? MOBILE_PREFIXES[r.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", r.nextInt(100_000_000))
                : null;
        String idTail = r.nextInt(100) < 60
                ? String.format("%03d", r.nextInt(1000)) + (r.nextInt(11) == 10 ? "X" : String.valueOf(r.nextInt(10)))
                : null;
        UUID village = villages.get(r.nextInt(villages.size())).id();
        String household = r.nextInt(100) < 30 ? "户主 " + randomName(r) : null;
        return new VillagerDraft(name, phone, village, idTail, household, null,
                r.nextInt(100) < 90, r.nextInt(100) < 60);
    }

    static String randomName(Random r) {
        int kind = r.nextInt(100);
        if (kind < 15) {
            return HAN_SURNAMES[r.nextInt(HAN_SURNAMES.length)] + HAN_GIVEN[r.nextInt(HAN_GIVEN.length)];
        }
        String[] a = TIBETAN_NAMES[r.nextInt(TIBETAN_NAMES.length)];
        String[] b = TIBETAN_NAMES[r.nextInt(TIBETAN_NAMES.length)];
        if (kind < 50) {
            return a[0] + "་" + b[0];
        }
        if (kind < 92) {
            return a[1] + b[1];
        }
        return a[2] + " " + b[2];
    }
}
