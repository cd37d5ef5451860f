package org.skyroad.station.service;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.station.Station;
import org.skyroad.station.domain.station.StationCode;
import org.skyroad.station.domain.station.StationRepository;

/** The station's identity and settings, and what the status bar shows. */
public final class StationSettings {

    public static final String LAST_SYNC_KEY = "sync.last-at";
    /** This computer's folder for batch files (a USB stick's mount point): not synced. */
    public static final String SYNC_FOLDER_KEY = "local.sync.folder";
    /** The county hub's network address for "sync now", like http://hub.example:8377/. */
    public static final String HUB_ADDRESS_KEY = "local.sync.hub-address";
    private static final int LOCAL_VALUE_MAX = 1000;
    public static final int PRINTER_NAME_MAX = 200;
    private static final String PRINTER_RECEIPT = "printer.receipt";
    private static final String PRINTER_ROLL = "printer.receipt-paper";
    private static final String PRINTER_A4 = "printer.a4";

    /** Figures for the status bar. {@code lastSync} is empty until the first batch goes out. */
    public record Status(String stationCode, String stationName, long pendingChanges, Optional<Instant> lastSync) {
    }

    private final ServiceContext ctx;
    private final StationRepository stations;

    public StationSettings(ServiceContext ctx, StationRepository stations) {
        this.ctx = ctx;
        this.stations = stations;
    }

    /** Anyone may read who the station is: the sign-in screen shows it. */
    public Station station() {
        return ctx.tx().read(() -> stations.find()
                .orElseThrow(() -> new NotFoundException("error.station.notInitialized")));
    }

    public Status status() {
        return ctx.tx().read(() -> {
            Station s = stations.find().orElseThrow(() -> new NotFoundException("error.station.notInitialized"));
            Optional<Instant> last = stations.setting(LAST_SYNC_KEY).map(Instant::parse);
            return new Status(s.code().value(), s.name(), ctx.changes().pendingOutboxCount(), last);
        });
    }

    public Station update(String name, String hubCode, String zoneId, String language) {
        ctx.session().require(Permission.SETTINGS_MANAGE);
        StationCode hub = hubCode == null || hubCode.isBlank() ? null : StationCode.parse(hubCode);
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneId == null || zoneId.isBlank() ? Station.DEFAULT_ZONE.getId() : zoneId.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("error.station.zone", zoneId);
        }
        String lang = language == null ? "zh" : switch (language.strip()) {
            case "zh", "en", "bo" -> language.strip();
            default -> throw new InvalidInputException("error.station.language", language);
        };
        return ctx.tx().inTransaction(() -> {
            Station before = stations.find().orElseThrow(() -> new NotFoundException("error.station.notInitialized"));
            Station after = before.withSettings(name, hub, zone, lang);
            if (!stations.update(after)) {
                throw new ConflictException("error.changedMeanwhile");
            }
            ctx.changes().record("station.update", "station", StationSetup.stationUuid(after.code()),
                    after.version(), Operation.UPDATE, before.snapshot(), after.snapshot(), true);
            return after;
        });
    }

    /** Local preference of this machine (not synced): the interface language. */
    public void setInterfaceLanguage(String language) {
        if (!"zh".equals(language) && !"en".equals(language) && !"bo".equals(language)) {
            throw new InvalidInputException("error.station.language", language);
        }
        ctx.tx().inTransaction(() -> {
            stations.putSetting("interface.language", language);
            ctx.changes().event("settings.language", "setting", "interface.language",
                    java.util.Map.of("language", language));
        });
    }

    public Optional<String> interfaceLanguage() {
        return ctx.tx().read(() -> stations.setting("interface.language"));
    }

    /** The folder last used for batch files on this computer. */
    public Optional<String> syncFolder() {
        return ctx.tx().read(() -> stations.setting(SYNC_FOLDER_KEY));
    }

    public void setSyncFolder(String folder) {
        putLocal(SYNC_FOLDER_KEY, folder);
    }

    /** The hub's address for "sync now", when one was given. */
    public Optional<String> hubAddress() {
        return ctx.tx().read(() -> stations.setting(HUB_ADDRESS_KEY)).filter(a -> !a.isBlank());
    }

    public void setHubAddress(String address) {
        putLocal(HUB_ADDRESS_KEY, address == null ? "" : address.strip());
    }

    private void putLocal(String key, String value) {
        ctx.session().require(Permission.SYNC);
        if (value == null || value.length() > LOCAL_VALUE_MAX) {
            throw new InvalidInputException("error.station.settingTooLong", LOCAL_VALUE_MAX);
        }
        ctx.tx().inTransaction(() -> {
            stations.putSetting(key, value);
            return null;
        });
    }

    /**
     * This computer's printers, kept like the interface language (a local preference, not
     * synced): the receipt printer and the roll in it (80 mm, 58 mm, or A4 when the counter has
     * no receipt printer), and the office printer for A4. A blank printer name means the
     * computer's default printer.
     */
    public record PrinterChoice(String receiptPrinter, Paper receiptPaper, String a4Printer) {

        public static final PrinterChoice DEFAULT = new PrinterChoice("", Paper.THERMAL_80, "");

        public PrinterChoice {
            receiptPrinter = receiptPrinter == null ? "" : receiptPrinter.strip();
            a4Printer = a4Printer == null ? "" : a4Printer.strip();
            receiptPaper = receiptPaper == null ? Paper.THERMAL_80 : receiptPaper;
        }
    }

    public PrinterChoice printerChoice() {
        return ctx.tx().read(() -> new PrinterChoice(
                stations.setting(PRINTER_RECEIPT).orElse(""),
                stations.setting(PRINTER_ROLL).map(Paper::parse).orElse(Paper.THERMAL_80),
                stations.setting(PRINTER_A4).orElse("")));
    }

    public void setPrinterChoice(PrinterChoice choice) {
        if (choice == null) {
            throw new InvalidInputException("error.report.paper", "");
        }
        if (TextRules.hasControlCharacters(choice.receiptPrinter()) || TextRules.hasControlCharacters(choice.a4Printer())
                || choice.receiptPrinter().length() > PRINTER_NAME_MAX || choice.a4Printer().length() > PRINTER_NAME_MAX) {
            throw new InvalidInputException("error.printer.name", PRINTER_NAME_MAX);
        }
        ctx.tx().inTransaction(() -> {
            stations.putSetting(PRINTER_RECEIPT, choice.receiptPrinter());
            stations.putSetting(PRINTER_ROLL, choice.receiptPaper().name());
            stations.putSetting(PRINTER_A4, choice.a4Printer());
            ctx.changes().event("settings.printers", "setting", "printer",
                    java.util.Map.of("receiptPrinter", choice.receiptPrinter(), "receiptPaper",
                            choice.receiptPaper().name(), "a4Printer", choice.a4Printer()));
        });
    }
}
