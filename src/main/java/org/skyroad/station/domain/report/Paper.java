package org.skyroad.station.domain.report;

import java.util.Locale;
import org.skyroad.station.domain.common.InvalidInputException;

/** What a document is printed on: an office printer's A4 sheet or a receipt printer's roll. */
public enum Paper {
    A4(595),
    THERMAL_80(226),
    THERMAL_58(164);

    private final int widthPoints;

    Paper(int widthPoints) {
        this.widthPoints = widthPoints;
    }

    /** Page width in PDF points (1/72 inch): 80 mm rolls print 226 pt wide, 58 mm rolls 164 pt. */
    public int widthPoints() {
        return widthPoints;
    }

    public boolean isThermal() {
        return this != A4;
    }

    /** Takes a4, 80, 80mm, 58, 58mm (any case). */
    public static Paper parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (t) {
            case "a4" -> A4;
            case "80", "80mm", "thermal_80" -> THERMAL_80;
            case "58", "58mm", "thermal_58" -> THERMAL_58;
            default -> throw new InvalidInputException("error.report.paper", text == null ? "" : text);
        };
    }
}
