package org.skyroad.station.report;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;

/**
 * How text goes into the PDFs. JasperReports' "glyph renderer" (its default for Tibetan and
 * Indic blocks) shapes text with AWT but OpenPDF then writes the glyphs without their
 * positions, so it gives the same picture as plain text while making filling and export about
 * twice as slow. It is switched off for every block; Tibetan stacks come from the font's own
 * subjoined-letter glyphs. Neither path applies a font's mark positions, which is why Tibetan
 * is set in Tibetan Machine Uni (stacks composed by substitution; docs/decisions/0004 and 0008).
 */
final class PdfText {

    static final String GLYPH_BLOCKS = "net.sf.jasperreports.export.pdf.glyph.renderer.blocks";
    private static boolean done;

    private PdfText() {
    }

    static synchronized void setUp() {
        if (done) {
            return;
        }
        DefaultJasperReportsContext.getInstance().setProperty(GLYPH_BLOCKS, "");
        done = true;
    }
}
