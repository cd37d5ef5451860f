package org.skyroad.station.domain.goods;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.station.StationCode;

/**
 * A lot's code, printed on its label and typed or scanned at the counter:
 * {@code TS003-261123-0042-7} is station TS-003 (without its hyphen), the local day of intake
 * (yyMMdd), the lot's sequence number that day, and a check character.
 *
 * <p>The check character is ISO 7064 MOD 37-2 over the letters and digits of the first three
 * parts. With a prime modulus it catches every single wrong character and every swap of two
 * neighbouring characters. MOD 37-2 has a 37th check value, written {@code *}; a sequence
 * number whose check would be {@code *} is never issued ({@link #isIssuable}), so a lot code
 * is made of letters, digits and hyphens only.
 */
public record LotCode(String stationPart, LocalDate date, int sequence) {

    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public static final int MAX_SEQUENCE = 99_999;
    /** What starts the first line of a lot label's QR text; a scanner types it before the code. */
    public static final String SCAN_PREFIX = "SKYROAD:LOT:";
    private static final Pattern STATION_PART = Pattern.compile("[A-Z0-9]{4,11}");
    private static final Pattern SHAPE = Pattern.compile("([A-Z0-9]{4,11})-([0-9]{6})-([0-9]{4,5})-([0-9A-Z])");
    private static final Pattern IN_TEXT = Pattern.compile("[A-Z0-9]{4,11}-[0-9]{6}-[0-9]{4,5}-[0-9A-Z]");

    public LotCode {
        if (stationPart == null || !STATION_PART.matcher(stationPart).matches()) {
            throw new IllegalArgumentException("station part " + stationPart);
        }
        if (date == null || date.getYear() < 2000 || date.getYear() > 2099) {
            throw new IllegalArgumentException("date " + date);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
        if (checkValue(data(stationPart, date, sequence)) == 36) {
            throw new IllegalArgumentException("sequence " + sequence + " is never issued on " + date);
        }
    }

    /** The station part of a station code: {@code TS-003} gives {@code TS003}. */
    public static String stationPartOf(StationCode code) {
        return code.value().replace("-", "");
    }

    /** Whether this sequence number may be issued: false for the one in 37 whose check would be '*'. */
    public static boolean isIssuable(String stationPart, LocalDate date, int sequence) {
        return checkValue(data(stationPart, date, sequence)) != 36;
    }

    public static LotCode of(StationCode station, LocalDate date, int sequence) {
        return new LotCode(stationPartOf(station), date, sequence);
    }

    /**
     * Reads a typed or scanned lot code. Lower case, spaces or full-width dashes for hyphens,
     * and a whole label QR text (its first line) are accepted. A code that does not have the
     * shape is refused with one sentence, a code whose check character does not match (a typing
     * mistake) with another.
     */
    public static LotCode parse(String text) {
        String typed = text == null ? "" : text.strip();
        String firstLine = typed.lines().findFirst().orElse("").strip();
        String t = firstLine.toUpperCase(Locale.ROOT);
        if (t.startsWith(SCAN_PREFIX)) {
            t = t.substring(SCAN_PREFIX.length()).strip();
        }
        t = t.replace('－', '-').replace('—', '-').replace('–', '-').replace('_', '-').replace(' ', '-');
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            throw new InvalidInputException("error.lot.code", typed);
        }
        String data = m.group(1) + m.group(2) + m.group(3);
        int check = ALPHABET.indexOf(m.group(4).charAt(0));
        if (checkValue(data) != check) {
            throw new InvalidInputException("error.lot.codeCheck", typed);
        }
        LocalDate date;
        try {
            String d = m.group(2);
            date = LocalDate.of(2000 + Integer.parseInt(d.substring(0, 2)), Integer.parseInt(d.substring(2, 4)),
                    Integer.parseInt(d.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new InvalidInputException("error.lot.code", typed);
        }
        int seq = Integer.parseInt(m.group(3));
        if (seq < 1 || (m.group(3).length() == 5 && seq < 10_000)) {
            throw new InvalidInputException("error.lot.code", typed);
        }
        return new LotCode(m.group(1), date, seq);
    }

    /** True when the text holds something shaped like a lot code (a scan, a QR text). */
    public static boolean looksLikeLotCode(String text) {
        return text != null && IN_TEXT.matcher(text.toUpperCase(Locale.ROOT)).find();
    }

    public char check() {
        return ALPHABET.charAt(checkValue(data(stationPart, date, sequence)));
    }

    public String value() {
        return stationPart + "-" + datePart(date) + "-" + sequencePart(sequence) + "-" + check();
    }

    private static String data(String stationPart, LocalDate date, int sequence) {
        return stationPart + datePart(date) + sequencePart(sequence);
    }

    private static String datePart(LocalDate d) {
        return String.format(Locale.ROOT, "%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    private static String sequencePart(int sequence) {
        return String.format(Locale.ROOT, "%04d", sequence);
    }

    /** ISO 7064 MOD 37-2: 0..35 for a digit or letter, 36 for '*'. */
    static int checkValue(String data) {
        int p = 0;
        for (int i = 0; i < data.length(); i++) {
            int v = ALPHABET.indexOf(data.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a code character: " + data.charAt(i));
            }
            p = ((p + v) * 2) % 37;
        }
        return (38 - p) % 37;
    }

    @Override
    public String toString() {
        return value();
    }
}
