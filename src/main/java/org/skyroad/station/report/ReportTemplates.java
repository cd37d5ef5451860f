package org.skyroad.station.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.skyroad.station.domain.common.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report templates, each compiled once per program run (about a second each) and kept.
 * A {@code reports/NAME.jasper} compiled at build time is used when the build made one;
 * otherwise {@code reports/NAME.jrxml} is compiled on first use.
 */
public final class ReportTemplates {

    private static final Logger LOG = LoggerFactory.getLogger(ReportTemplates.class);
    private static final Map<String, JasperReport> CACHE = new ConcurrentHashMap<>();

    public static final String MONTHLY_STATION = "monthly-station";
    public static final String MONTHLY_COUNTY = "monthly-county";
    public static final String DOCUMENT_A4 = "document-a4";
    public static final String DOCUMENT_80 = "document-80mm";
    public static final String DOCUMENT_58 = "document-58mm";
    public static final String[] ALL = {MONTHLY_STATION, MONTHLY_COUNTY, DOCUMENT_A4, DOCUMENT_80, DOCUMENT_58};

    private ReportTemplates() {
    }

    public static JasperReport get(String name) {
        return CACHE.computeIfAbsent(name, ReportTemplates::load);
    }

    /** Compiles every template now (at start-up in the background, or before a benchmark). */
    public static void warmUp() {
        for (String name : ALL) {
            get(name);
        }
    }

    static int cachedCount() {
        return CACHE.size();
    }

    private static JasperReport load(String name) {
        long start = System.nanoTime();
        try (InputStream compiled = ReportTemplates.class.getResourceAsStream("/reports/" + name + ".jasper")) {
            if (compiled != null) {
                return (JasperReport) JRLoader.loadObject(compiled);
            }
        } catch (IOException | JRException e) {
            LOG.warn("precompiled report {} unreadable; compiling its JRXML", name, e);
        }
        try (InputStream source = ReportTemplates.class.getResourceAsStream("/reports/" + name + ".jrxml")) {
            if (source == null) {
                throw new StorageException("error.report.template", name);
            }
            JasperReport report = JasperCompileManager.compileReport(source);
            LOG.info("compiled report template {} in {} ms", name, (System.nanoTime() - start) / 1_000_000);
            return report;
        } catch (IOException | JRException e) {
            throw new StorageException(e, "error.report.template", name);
        }
    }
}
