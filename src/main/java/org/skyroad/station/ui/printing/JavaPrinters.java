package org.skyroad.station.ui.printing;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.awt.print.PrinterJob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.RenderedReport;

/**
 * The printers of this computer through Java's print services. A printer that takes PDF gets
 * the PDF itself; any other gets the pages as images at printer resolution (300 dpi), each
 * page sized as rendered, so a receipt roll is not cut to A4.
 */
public final class JavaPrinters implements PrinterAccess {

    /** 300 dpi: sharp on office and thermal printers (203 dpi) alike, and not too heavy to send. */
    static final float PRINT_ZOOM = 300f / 72f;

    @Override
    public List<String> printers() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).toList();
    }

    @Override
    public Optional<String> print(String printer, RenderedReport report, Paper paper) throws Exception {
        Optional<PrintService> service = find(printer);
        if (service.isEmpty()) {
            return Optional.empty();
        }
        PrintService s = service.get();
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(report.name(), null));
        if (paper == Paper.A4) {
            attributes.add(MediaSizeName.ISO_A4);
        }
        if (s.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF)) {
            DocPrintJob job = s.createPrintJob();
            job.print(new SimpleDoc(report.pdf(), DocFlavor.BYTE_ARRAY.PDF, null), attributes);
        } else {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(s);
            job.setJobName(report.name());
            job.setPageable(new Pages(report));
            job.print(attributes);
        }
        return Optional.of(s.getName());
    }

    private static Optional<PrintService> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
        }
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(p -> p.getName().equals(name.strip())).findFirst();
    }

    /** The rendered pages, each drawn to fill the printable width of its own page size. */
    private static final class Pages implements Pageable, Printable {

        private final RenderedReport report;
        private final BufferedImage[] images;

        Pages(RenderedReport report) {
            this.report = report;
            this.images = new BufferedImage[report.pageCount()];
        }

        private BufferedImage image(int index) {
            if (images[index] == null) {
                try {
                    images[index] = ImageIO.read(new ByteArrayInputStream(report.pagePng(index, PRINT_ZOOM)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return images[index];
        }

        @Override
        public int getNumberOfPages() {
            return images.length;
        }

        @Override
        public PageFormat getPageFormat(int pageIndex) {
            BufferedImage img = image(pageIndex);
            java.awt.print.Paper p = new java.awt.print.Paper();
            double w = img.getWidth() / PRINT_ZOOM;
            double h = img.getHeight() / PRINT_ZOOM;
            p.setSize(w, h);
            p.setImageableArea(0, 0, w, h);
            PageFormat f = new PageFormat();
            f.setPaper(p);
            return f;
        }

        @Override
        public Printable getPrintable(int pageIndex) {
            return this;
        }

        @Override
        public int print(java.awt.Graphics graphics, PageFormat format, int pageIndex) {
            if (pageIndex < 0 || pageIndex >= images.length) {
                return NO_SUCH_PAGE;
            }
            BufferedImage img = image(pageIndex);
            Graphics2D g = (Graphics2D) graphics;
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            double w = format.getImageableWidth();
            double h = img.getHeight() * w / img.getWidth();
            if (h > format.getImageableHeight()) {
                h = format.getImageableHeight();
                w = img.getWidth() * h / img.getHeight();
            }
            g.drawImage(img, (int) Math.round(format.getImageableX()), (int) Math.round(format.getImageableY()),
                    (int) Math.round(w), (int) Math.round(h), null);
            return PAGE_EXISTS;
        }
    }
}
