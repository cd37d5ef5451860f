package org.skyroad.station.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * The build step that compiles every {@code .jrxml} in a folder to a {@code .jasper} beside it
 * (run by Maven after the classes are compiled), so the program loads templates ready-made
 * instead of compiling them on first use. A template whose {@code .jasper} is newer is skipped.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TemplateCompiler FOLDER");
        }
        compileAll(Path.of(args[0]));
    }

    /** Compiles the templates of {@code folder}; returns how many were compiled now. */
    public static int compileAll(Path folder) throws IOException, JRException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(folder)) {
            sources = s.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        int compiled = 0;
        for (Path source : sources) {
            String name = source.getFileName().toString();
            Path target = source.resolveSibling(name.substring(0, name.length() - ".jrxml".length()) + ".jasper");
            if (Files.exists(target)
                    && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(source)) > 0) {
                continue;
            }
            Path tmp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try {
                JasperCompileManager.compileReportToFile(source.toString(), tmp.toString());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            compiled++;
        }
        return compiled;
    }
}
