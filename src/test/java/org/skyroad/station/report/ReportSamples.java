package org.skyroad.station.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.report.Breakdown;
import org.skyroad.station.domain.report.CarrierReturnList;
import org.skyroad.station.domain.report.CountyFigures;
import org.skyroad.station.domain.report.DailyCloseReport;
import org.skyroad.station.domain.report.DailyFigures;
import org.skyroad.station.domain.report.HandoverRecord;
import org.skyroad.station.domain.report.LotLabelPrint;
import org.skyroad.station.domain.report.MonthlyFigures;
import org.skyroad.station.domain.report.OrderReceipt;
import org.skyroad.station.domain.report.PickupSlip;
import org.skyroad.station.domain.report.PrintableDocument;
import org.skyroad.station.domain.report.ProducerSettlement;
import org.skyroad.station.domain.report.RunSheet;
import org.skyroad.station.domain.report.StationHeader;
import org.skyroad.station.domain.report.VillageNoticeList;

/** Figures and documents of a demo station, with Chinese and Tibetan names, for rendering tests. */
final class ReportSamples {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final StationHeader STATION = new StationHeader("TS-003", "达雄村服务点", "0897-2611234", ZONE);
    static final String TIBETAN_NAME = "བཀྲ་ཤིས་སྒྲོལ་མ";
    static final String TIBETAN_VILLAGE = "བཀྲ་ཤིས་སྒང";
    static final String CHINESE_NAME = "扎西卓玛";
    static final Instant AT = Instant.parse("2026-10-31T06:30:00Z");

    private ReportSamples() {
    }

    static Money yuan(String y) {
        return Money.parse(y);
    }

    static MonthlyFigures monthly(YearMonth month, int scale) {
        List<MonthlyFigures.DayRow> days = new ArrayList<>();
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            days.add(new MonthlyFigures.DayRow(month.atDay(d), (d * 7L % 13) * scale, (d * 5L % 11) * scale,
                    d % 4 * scale, Money.ofFen(d * 1234L * scale), Money.ofFen(d * 999L * scale)));
        }
        var orders = new MonthlyFigures.Orders(true, 42L * scale, yuan("8650.40").times(scale), yuan("215.00").times(scale), 2,
                List.of(new Breakdown("clothing", 12L * scale, yuan("2400.00").times(scale)),
                        new Breakdown("medicine", 9L * scale, yuan("650.40").times(scale)),
                        new Breakdown("appliance", 6L * scale, yuan("4200.00").times(scale)),
                        new Breakdown("daily_goods", 15L * scale, yuan("1400.00").times(scale))),
                List.of(new Breakdown("jd", 20L * scale, yuan("5200.00").times(scale)),
                        new Breakdown("pinduoduo", 22L * scale, yuan("3450.40").times(scale))));
        var parcels = new MonthlyFigures.Parcels(180L * scale, 120L * scale, 40L * scale, 6, 14, 2, 9, yuan("320.00"),
                yuan("46.00"), Duration.ofHours(60), Duration.ofHours(170), Duration.ofDays(8), Duration.ofDays(12));
        var goods = new MonthlyFigures.Goods(true,
                List.of(new Breakdown("livestock", 14, yuan("38000.00")), new Breakdown("specialty", 9, yuan("12500.00")),
                        new Breakdown("farm", 6, yuan("4300.00"))),
                List.of(new Breakdown("livestock", 30, yuan("41000.00")), new Breakdown("specialty", 18, yuan("15600.50")),
                        new Breakdown("farm", 11, yuan("3900.00"))),
                List.of(new Breakdown("牦牛酥油 Yak butter", 16, yuan("19200.00")),
                        new Breakdown("འབྲི་མར Yak butter (Tibetan)", 9, yuan("8100.00")),
                        new Breakdown("青稞糌粑 Tsampa", 11, yuan("3900.00"))),
                12, yuan("52300.00"), yuan("5230.00"), 3, yuan("860.00"));
        var cash = new MonthlyFigures.Cash(true, yuan("61230.40"), yuan("52810.00"), 30, 2, yuan("-12.50"));
        var villagers = new MonthlyFigures.Villagers(1200, 35, 410);
        var villages = List.of(
                new MonthlyFigures.VillageRow("达雄村", 500, 12, 180, 80, 70, 20, yuan("4100.00"), yuan("20000.00")),
                new MonthlyFigures.VillageRow(TIBETAN_VILLAGE, 300, 9, 120, 60, 55, 12, yuan("2550.40"), yuan("18000.00")),
                new MonthlyFigures.VillageRow("江让村", 400, 14, 110, 40, 35, 10, yuan("2000.00"), yuan("16800.00")),
                new MonthlyFigures.VillageRow(null, 0, 0, 0, 0, 0, 0, Money.ZERO, Money.ZERO));
        return new MonthlyFigures("TS-003", "达雄村服务点", month, ZONE, orders, parcels, goods, cash, villagers, villages,
                days);
    }

    static CountyFigures county(int stations) {
        List<CountyFigures.StationRow> rows = new ArrayList<>();
        List<CountyFigures.SilentStation> silent = new ArrayList<>();
        for (int i = 1; i <= stations; i++) {
            String code = String.format("TS-%03d", i);
            String name = i % 3 == 0 ? TIBETAN_VILLAGE + " སྡེ་ཚན" : i % 3 == 1 ? "达雄村服务点 " + i : "江让乡服务站 " + i;
            Instant last = i % 7 == 0 ? null : AT.plus(Duration.ofDays(i % 5));
            rows.add(new CountyFigures.StationRow(code, name, last, 40 + i, Money.ofFen(800_000L + i * 1234L),
                    Money.ofFen(20_000L + i * 100L), 150 + i, 140 + i, i % 6, Money.ofFen(1_500_000L + i * 777L),
                    Money.ofFen(1_300_000L + i * 555L), 200 + i));
            if (last == null || i % 11 == 0) {
                silent.add(new CountyFigures.SilentStation(code, name, last));
            }
        }
        return new CountyFigures("NGA-HUB", "措勤县电子商务公共服务中心", YearMonth.of(2026, 10), rows, silent);
    }

    /** One of every document kind, with Chinese and Tibetan names in them. */
    static List<PrintableDocument> documents() {
        byte[] noQr = null;
        return List.of(
                new OrderReceipt(STATION, "TS003-2610-0042", AT, CHINESE_NAME, "138****5678", TIBETAN_VILLAGE,
                        List.of(new OrderReceipt.Line("JD", "羽绒服 男款 加厚 XL", 1, yuan("399.00")),
                                new OrderReceipt.Line("PINDUODUO", "感冒灵颗粒 10袋", 3, yuan("12.50"))),
                        yuan("15.00"), yuan("8.00"), yuan("300.00"), "央金", "到货后电话通知"),
                new PickupSlip(STATION, "4-2718", "B-07", "SF1234567890123", "顺丰速运", "扎**", "138****5678",
                        TIBETAN_VILLAGE, AT, yuan("35.00"), null),
                new HandoverRecord(STATION, "H-20261031-07", AT, TIBETAN_NAME, "次仁 (邻居)",
                        List.of(new HandoverRecord.Line("SF1234567890123", "SF", "B-07", yuan("35.00"), yuan("2.00")),
                                new HandoverRecord.Line("YT9876543210987", "YTO", "C-01", null, Money.ZERO)),
                        "央金", null),
                new VillageNoticeList(STATION, TIBETAN_VILLAGE, LocalDate.of(2026, 10, 31),
                        List.of(new VillageNoticeList.Line("扎**", "138****5678", "4-2718", "SF", LocalDate.of(2026, 10, 29)),
                                new VillageNoticeList.Line("བ***", "139****0001", "2-0831", "JD", LocalDate.of(2026, 10, 30)))),
                new RunSheet(STATION, LocalDate.of(2026, 11, 2), TIBETAN_VILLAGE + " / 达雄村", "多吉",
                        List.of(new RunSheet.Line("SF1234567890123", TIBETAN_NAME, "138****5678", TIBETAN_VILLAGE, "B-07",
                                        yuan("35.00")),
                                new RunSheet.Line("JD0012345678901", CHINESE_NAME, "139****0001", "达雄村", "A-03", null))),
                new DailyCloseReport(STATION, new DailyFigures(LocalDate.of(2026, 10, 31), 23, 17, 4, 1, 6,
                        yuan("1890.00"), yuan("42.00"), true,
                        List.of(new Breakdown("order_payment", 6, yuan("1932.00")), new Breakdown("fee", 3, yuan("6.00"))),
                        List.of(new Breakdown("payout", 1, yuan("1500.00")), new Breakdown("refund", 1, yuan("12.50"))),
                        yuan("500.00"), yuan("925.50"), yuan("920.00"), TIBETAN_NAME, AT, "少 5.50 元，已登记")),
                new ProducerSettlement(STATION, "S-2610-003", AT, TIBETAN_NAME + " (牧民)", TIBETAN_VILLAGE,
                        LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                        List.of(new ProducerSettlement.Line("TS003-261003-0004-2", "牦牛酥油 འབྲི་མར", "12.5 kg",
                                        yuan("1500.00"), yuan("120.00")),
                                new ProducerSettlement.Line("TS003-261012-0011-9", "羊绒 Cashmere", "3 kg",
                                        yuan("1260.00"), yuan("100.80"))),
                        yuan("2539.20"), "央金"),
                new LotLabelPrint(STATION, "TS003-261123-0042-7", "牦牛酥油 · འབྲི་མར · Yak butter", "A", "12.5 kg",
                        TIBETAN_NAME, TIBETAN_VILLAGE, LocalDate.of(2026, 11, 23), LocalDate.of(2027, 2, 21), true,
                        "SKYROAD:LOT:TS003-261123-0042-7\n产品 Product: 牦牛酥油 Yak butter", noQr),
                new CarrierReturnList(STATION, "顺丰速运", AT, TIBETAN_NAME,
                        List.of(new CarrierReturnList.Line("SF1234567890123", "扎**", LocalDate.of(2026, 9, 20), "B-07"),
                                new CarrierReturnList.Line("SF9876543210001", "བ***", LocalDate.of(2026, 9, 22), "C-02"))));
    }
}
