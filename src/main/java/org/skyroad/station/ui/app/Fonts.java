package org.skyroad.station.ui.app;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled Chinese and Tibetan fonts so both scripts show on a computer that has
 * neither installed (JavaFX then falls back to them for the default font too).
 *
 * <p>Screens use Tibetan Machine Uni: it builds each stack as one glyph, which JavaFX draws
 * correctly. Noto Serif Tibetan places vowel signs by mark positioning, which JavaFX on Linux
 * does not apply (the vowel of མོ lands on the next letter); the PDFs keep Noto, where the
 * layout is done right. See docs/decisions/0004-languages-and-fonts.md.
 */
public final class Fonts {

    private static final Logger LOG = LoggerFactory.getLogger(Fonts.class);
    public static final String[] BUNDLED = {"/fonts/DroidSansFallbackFull.ttf", "/fonts/TibetanMachineUni.ttf"};
    private static volatile boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String path : BUNDLED) {
            try (InputStream in = Fonts.class.getResourceAsStream(path)) {
                Font f = in == null ? null : Font.loadFont(in, 14);
                if (f == null) {
                    LOG.warn("font {} could not be loaded", path);
                } else {
                    LOG.debug("font {} loaded as {}", path, f.getFamily());
                }
            } catch (IOException e) {
                LOG.warn("font {} could not be read", path, e);
            }
        }
        loaded = true;
    }
}
