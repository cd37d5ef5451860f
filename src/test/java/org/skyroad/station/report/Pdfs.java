package org.skyroad.station.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a generated PDF back the way a person would meet it: its text, its page count, its pages
 * as pictures. With {@code -Dreport.shots=DIR} each PDF is also saved there to be looked at.
 */
final class Pdfs {

    private Pdfs() {
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with all white space removed: table cells and wrapped lines read as one string. */
    static String compact(byte[] pdf) {
        return text(pdf).replaceAll("\\s+", "");
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float[] pageSize(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var box = doc.getPage(page).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share of pixels of page {@code page} (at 50 dpi) that are not white. */
    static double inkShare(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 50);
            long ink = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    if (rgb != 0xFFFFFF) {
                        ink++;
                    }
                }
            }
            return ink / (double) (image.getWidth() * image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void keep(String name, byte[] pdf) {
        String dir = System.getProperty("report.shots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
