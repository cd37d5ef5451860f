package org.skyroad.station.ui.reports;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.StationSettings.PrinterChoice;
import org.skyroad.station.ui.common.Errors;

/**
 * This computer's printers: which one takes receipts and what roll is in it (80 mm, 58 mm, or
 * none: receipts on A4), and which one takes A4. "" stands for the computer's default printer.
 * Kept per computer, like the interface language.
 */
public final class PrinterSettingsViewModel {

    private final ReportScreens screens;
    private final ObservableList<String> printers = FXCollections.observableArrayList("");
    private final StringProperty receiptPrinter = new SimpleStringProperty("");
    private final ObjectProperty<Paper> receiptPaper = new SimpleObjectProperty<>(Paper.THERMAL_80);
    private final StringProperty a4Printer = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public PrinterSettingsViewModel(ReportScreens screens) {
        this.screens = screens;
    }

    private record Loaded(List<String> printers, PrinterChoice choice) {
    }

    public void load() {
        screens.executor().run(p -> new Loaded(screens.printers().printers(), screens.settings().printerChoice()),
                (Loaded l) -> {
                    List<String> names = new ArrayList<>();
                    names.add("");
                    names.addAll(l.printers());
                    // A printer chosen before but not there now stays visible, so the choice is not lost silently.
                    for (String chosen : List.of(l.choice().receiptPrinter(), l.choice().a4Printer())) {
                        if (!names.contains(chosen)) {
                            names.add(chosen);
                        }
                    }
                    printers.setAll(names);
                    receiptPrinter.set(l.choice().receiptPrinter());
                    receiptPaper.set(l.choice().receiptPaper());
                    a4Printer.set(l.choice().a4Printer());
                    message.set(l.printers().isEmpty() ? Messages.get("reportsui.printer.none") : "");
                }, f -> error.set(Errors.sentence(f)));
    }

    public void save() {
        PrinterChoice choice = new PrinterChoice(receiptPrinter.get(), receiptPaper.get(), a4Printer.get());
        screens.executor().run(p -> {
            screens.settings().setPrinterChoice(choice);
            return choice;
        }, c -> {
            error.set("");
            message.set(Messages.get("reportsui.printer.saved"));
        }, f -> error.set(Errors.sentence(f)));
    }

    /** How a printer name is shown: "" is the computer's default printer. */
    public static String label(String printer) {
        return printer == null || printer.isBlank() ? Messages.get("reportsui.printer.default") : printer;
    }

    public static String paperLabel(Paper paper) {
        return paper == null ? "" : Messages.get("reportsui.paper." + paper.name().toLowerCase(java.util.Locale.ROOT));
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public List<Paper> papers() {
        return List.of(Paper.THERMAL_80, Paper.THERMAL_58, Paper.A4);
    }

    public StringProperty receiptPrinterProperty() {
        return receiptPrinter;
    }

    public ObjectProperty<Paper> receiptPaperProperty() {
        return receiptPaper;
    }

    public StringProperty a4PrinterProperty() {
        return a4Printer;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
