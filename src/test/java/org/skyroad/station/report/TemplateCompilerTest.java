package org.skyroad.station.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates are compiled by the build, once; the program finds every one ready-made on its class path. */
class TemplateCompilerTest {

    @TempDir
    Path dir;

    @Test
    void theBuildPutAReadyTemplateBesideEverySource() throws Exception {
        for (String name : ReportTemplates.ALL) {
            try (InputStream in = ReportTemplates.class.getResourceAsStream("/reports/" + name + ".jasper")) {
                assertNotNull(in, name + ".jasper made at build time");
                JasperReport report = (JasperReport) JRLoader.loadObject(in);
                assertEquals(name, report.getName());
            }
        }
    }

    @Test
    void aTemplateIsCompiledOnceAndAgainOnlyWhenItsSourceChanges() throws Exception {
        Path source = dir.resolve("document-58mm.jrxml");
        try (InputStream in = ReportTemplates.class.getResourceAsStream("/reports/document-58mm.jrxml")) {
            Files.copy(in, source);
        }
        Files.setLastModifiedTime(source, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        assertEquals(1, TemplateCompiler.compileAll(dir));
        Path compiled = dir.resolve("document-58mm.jasper");
        assertTrue(Files.size(compiled) > 1000);
        assertEquals(0, TemplateCompiler.compileAll(dir), "up to date");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(1, TemplateCompiler.compileAll(dir), "the source changed");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }
}
