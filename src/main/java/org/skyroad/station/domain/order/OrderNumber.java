package org.skyroad.station.domain.order;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The order number people read and say: station code, year and month, and the station's
 * running number in that month, e.g. {@code TS-003-2611-0042}. Unique across stations
 * because the station code is in it; the record's id is still a UUID.
 */
public final class OrderNumber {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyMM", Locale.ROOT);
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2,5}-[A-Z0-9]{3,6}-[0-9]{4}-[0-9]{4,6}");
    private static final Pattern TAIL = Pattern.compile("([0-9]{4}-)?[0-9]{1,6}");

    private OrderNumber() {
    }

    /** The month part of numbers given on {@code day}: "2611" for November 2026. */
    public static String period(LocalDate day) {
        return day.format(PERIOD);
    }

    public static String format(String stationCode, String period, long number) {
        return stationCode + "-" + period + "-" + String.format(Locale.ROOT, "%04d", number);
    }

    public static boolean looksLikeNumber(String text) {
        return text != null && SHAPE.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /** "0042" or "2611-0042": the end of a number, as an operator reads it off a receipt. */
    public static boolean looksLikeTail(String text) {
        return text != null && TAIL.matcher(text.strip()).matches();
    }
}
