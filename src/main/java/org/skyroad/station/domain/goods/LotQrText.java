package org.skyroad.station.domain.goods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.skyroad.station.domain.common.InvalidInputException;

/**
 * What a lot label's QR code says, as plain UTF-8 text a phone camera shows as it is:
 * <pre>
 * SKYROAD:LOT:TS003-261123-0042-7
 * 产品 Product: 牦牛酥油 Yak butter
 * 等级 Grade: A
 * 生产者 Producer: བཀྲ་ཤིས་དོན་གྲུབ
 * 村 Village: 达雄村
 * 日期 Date: 2026-11-23
 * 保质期至 Best before: 2027-02-21
 * </pre>
 * The first line is ASCII only: a keyboard-wedge scanner types it and Enter, and
 * {@link LotCode#parse} reads the code from it. The other lines are one field each, a
 * bilingual label, ": ", then the value; "Grade" and "Best before" lines are left out when the
 * lot has none. Line ends are LF. Values are single-line (line breaks in names become spaces).
 */
public record LotQrText(LotCode code, String product, String grade, String producer, String village,
                        LocalDate date, LocalDate bestBefore) {

    static final String PRODUCT = "产品 Product: ";
    static final String GRADE = "等级 Grade: ";
    static final String PRODUCER = "生产者 Producer: ";
    static final String VILLAGE = "村 Village: ";
    static final String DATE = "日期 Date: ";
    static final String BEST_BEFORE = "保质期至 Best before: ";

    public LotQrText {
        if (code == null || date == null) {
            throw new IllegalArgumentException("code and date are required");
        }
        product = oneLine(product);
        grade = oneLine(grade);
        producer = oneLine(producer);
        village = oneLine(village);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("[\\r\\n]+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add(LotCode.SCAN_PREFIX + code.value());
        lines.add(PRODUCT + nz(product));
        if (grade != null) {
            lines.add(GRADE + grade);
        }
        lines.add(PRODUCER + nz(producer));
        lines.add(VILLAGE + nz(village));
        lines.add(DATE + date);
        if (bestBefore != null) {
            lines.add(BEST_BEFORE + bestBefore);
        }
        return String.join("\n", lines);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Reads a label's QR text back; refuses text that is not one. */
    public static LotQrText parse(String text) {
        if (text == null || !text.strip().startsWith(LotCode.SCAN_PREFIX)) {
            throw new InvalidInputException("error.lot.notALabel");
        }
        List<String> lines = text.strip().lines().toList();
        LotCode code = LotCode.parse(lines.get(0));
        String product = null;
        String grade = null;
        String producer = null;
        String village = null;
        LocalDate date = null;
        LocalDate bestBefore = null;
        try {
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith(PRODUCT)) {
                    product = value(line, PRODUCT);
                } else if (line.startsWith(GRADE)) {
                    grade = value(line, GRADE);
                } else if (line.startsWith(PRODUCER)) {
                    producer = value(line, PRODUCER);
                } else if (line.startsWith(VILLAGE)) {
                    village = value(line, VILLAGE);
                } else if (line.startsWith(DATE)) {
                    date = LocalDate.parse(value(line, DATE));
                } else if (line.startsWith(BEST_BEFORE)) {
                    bestBefore = LocalDate.parse(value(line, BEST_BEFORE));
                }
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("error.lot.notALabel");
        }
        if (date == null) {
            throw new InvalidInputException("error.lot.notALabel");
        }
        return new LotQrText(code, product, grade, producer, village, date, bestBefore);
    }

    private static String value(String line, String label) {
        return line.substring(label.length()).strip();
    }
}
