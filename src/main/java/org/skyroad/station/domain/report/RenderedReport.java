package org.skyroad.station.domain.report;

import java.nio.file.Path;

/**
 * A filled report, ready to show, print or save: its pages as images for a preview, the PDF as
 * bytes or written to a file (under a temporary name, then renamed: never a half file).
 */
public interface RenderedReport {

    /** What it is, for file names: monthly-TS-003-2026-10, pickup-slip ... */
    String name();

    int pageCount();

    byte[] pdf();

    void writePdf(Path target);

    /** Page {@code index} (from 0) as a PNG image, {@code zoom} 1 = 72 dpi. */
    byte[] pagePng(int index, float zoom);
}
