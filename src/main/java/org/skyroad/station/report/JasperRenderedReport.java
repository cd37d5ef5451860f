package org.skyroad.station.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperPrintManager;
import net.sf.jasperreports.engine.export.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimplePdfReportConfiguration;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.StorageException;
import org.skyroad.station.domain.report.RenderedReport;

/** A filled JasperReports print: pages to preview, a PDF to save or print. */
public final class JasperRenderedReport implements RenderedReport {

    private final String name;
    private final JasperPrint print;

    JasperRenderedReport(String name, JasperPrint print) {
        this.name = name;
        this.print = print;
    }

    @Override
    public String name() {
        return name;
    }

    /** The filled print itself, for the benchmark and for a printer dialog in the app. */
    public JasperPrint jasperPrint() {
        return print;
    }

    @Override
    public int pageCount() {
        return print.getPages().size();
    }

    @Override
    public byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exportPdf(out);
        return out.toByteArray();
    }

    void exportPdf(OutputStream out) {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(print.getName());
        config.setMetadataCreator("SkyRoad Station");
        config.setCompressed(true);
        exporter.setConfiguration(config);
        SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
        report.setForceLineBreakPolicy(false);
        exporter.setConfiguration(report);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new StorageException(e, "error.report.export", name);
        }
    }

    /**
     * Writes the PDF next to {@code target} under a temporary name, forces it to disk, then
     * renames it: a reader never sees half a file under the final name.
     */
    @Override
    public void writePdf(Path target) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        Path tmp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            tmp = Files.createTempFile(dir, "." + file.getFileName() + "-", ".part");
            try (var channel = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                exportPdf(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | SecurityException e) {
            throw new StorageException(e, "error.report.write", file);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the failure itself is what the person is told about
                }
            }
        }
    }

    @Override
    public byte[] pagePng(int index, float zoom) {
        if (index < 0 || index >= pageCount()) {
            throw new InvalidInputException("error.report.page", index + 1, pageCount());
        }
        try {
            BufferedImage image = (BufferedImage) JasperPrintManager.printPageToImage(print, index, zoom);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (JRException | IOException e) {
            throw new StorageException(e, "error.report.export", name);
        }
    }
}
