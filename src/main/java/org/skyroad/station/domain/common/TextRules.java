package org.skyroad.station.domain.common;

import java.text.Normalizer;
import java.util.Locale;

/** Shared rules for free text typed at the counter: names, notes, codes. */
public final class TextRules {

    private static final char TSHEG = '\u0F0B';
    private static final char SHAD = '\u0F0D';

    private TextRules() {
    }

    /** Trims, composes (NFC) and collapses runs of white space; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.strip().replaceAll("\\s+", " ");
    }

    /** True when the text holds a control character (a scanner or paste accident). */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.codePoints().anyMatch(cp -> Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT && cp != 0x200C && cp != 0x200D);
    }

    /**
     * The key names are searched by: compatibility-composed, lower case, single spaces, and
     * without the Tibetan syllable marks at either end, so "བཀྲ་ཤིས་" finds "བཀྲ་ཤིས" and
     * "tashi" finds "Tashi".
     */
    public static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        String key = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .strip().replaceAll("\\s+", " ");
        int start = 0;
        int end = key.length();
        while (start < end && isTibetanMark(key.charAt(start))) {
            start++;
        }
        while (end > start && isTibetanMark(key.charAt(end - 1))) {
            end--;
        }
        return key.substring(start, end).strip();
    }

    private static boolean isTibetanMark(char c) {
        return c == TSHEG || c == SHAD || c == ' ';
    }
}
