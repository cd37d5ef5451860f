package org.skyroad.station.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules: ui -> service -> domain <- persistence, kept by a test rather than by hope. */
@AnalyzeClasses(packages = "org.skyroad.station", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Production classes only, whatever the build directory is called (target, target-x...). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    private static final String BASE = "org.skyroad.station.";

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage(BASE + "domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                    BASE + "persistence..", BASE + "service..", BASE + "ui..", BASE + "cli..", BASE + "bootstrap..",
                    "com.fasterxml..", "org.h2..", "org.flywaydb..", "net.sf.jasperreports..")
            .because("the domain is the part every other layer may trust");

    @ArchTest
    static final ArchRule servicesKnowNoScreenAndNoSql = noClasses().that().resideInAPackage(BASE + "service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                    BASE + "persistence..", BASE + "ui..", BASE + "cli..", BASE + "bootstrap..", "org.h2..");

    @ArchTest
    static final ArchRule screensNeverTouchTheDatabase = noClasses().that().resideInAPackage(BASE + "ui..")
            .and().resideOutsideOfPackage(BASE + "ui.app..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", BASE + "persistence..",
                    BASE + "bootstrap..", BASE + "cli..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule theCompositionRootUsesNoSqlItself = noClasses().that().resideInAPackage(BASE + "ui.app..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule persistenceKnowsNoScreen = noClasses().that().resideInAPackage(BASE + "persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", BASE + "ui..", BASE + "service..", BASE + "cli..");

    @ArchTest
    static final ArchRule onlyReportTouchesJasper = noClasses().that().resideOutsideOfPackage(BASE + "report..")
            .should().dependOnClassesThat().resideInAPackage("net.sf.jasperreports..");

    @ArchTest
    static final ArchRule jdbcOnlyInPersistenceSyncAndBench = noClasses().that()
            .resideOutsideOfPackages(BASE + "persistence..", BASE + "sync..", BASE + "cli.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule noConsoleOutsideTheCommandLine = noClasses().that().resideOutsideOfPackages(BASE + "cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("logging goes through SLF4J; only commands print");
}
