package org.skyroad.station.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.Character.UnicodeScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled fonts as AWT fonts, for what is drawn outside the report's own text (charts). An
 * AWT font has no fallback to another file, so each label gets the font of its script:
 * Tibetan, Han, or DejaVu Sans for Latin and digits.
 */
final class ReportFonts {

    private static final Logger LOG = LoggerFactory.getLogger(ReportFonts.class);
    private static final Font LATIN = load("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");
    private static final Font HAN = load("/fonts/DroidSansFallbackFull.ttf");
    private static final Font TIBETAN = load("/fonts/TibetanMachineUni.ttf");

    private ReportFonts() {
    }

    private static Font load(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                LOG.warn("font {} is not on the class path", resource);
                return new Font(Font.SANS_SERIF, Font.PLAIN, 10);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            LOG.warn("font {} unreadable", resource, e);
            return new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        }
    }

    /** The font that draws {@code text}: Tibetan if it holds Tibetan, else Han if it holds Han, else Latin. */
    static Font forText(String text, int style, float size) {
        boolean han = false;
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                UnicodeScript s = UnicodeScript.of(cp);
                if (s == UnicodeScript.TIBETAN) {
                    return TIBETAN.deriveFont(Font.PLAIN, size);
                }
                han |= s == UnicodeScript.HAN;
                i += Character.charCount(cp);
            }
        }
        return (han ? HAN : LATIN).deriveFont(han ? Font.PLAIN : style, size);
    }

    static Font latin(int style, float size) {
        return LATIN.deriveFont(style, size);
    }
}
