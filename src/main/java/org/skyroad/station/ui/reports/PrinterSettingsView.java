package org.skyroad.station.ui.reports;

import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.ui.common.Bind;

/** The small form choosing this computer's receipt printer, its roll, and the A4 printer. */
public final class PrinterSettingsView {

    private final PrinterSettingsViewModel viewModel;

    @FXML private ChoiceBox<String> receiptPrinter;
    @FXML private ChoiceBox<Paper> receiptPaper;
    @FXML private ChoiceBox<String> a4Printer;
    @FXML private Label printerError;
    @FXML private Label printerMessage;

    public PrinterSettingsView(PrinterSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        receiptPrinter.setItems(viewModel.printers());
        receiptPrinter.valueProperty().bindBidirectional(viewModel.receiptPrinterProperty());
        Bind.labels(receiptPrinter, PrinterSettingsViewModel::label);
        a4Printer.setItems(viewModel.printers());
        a4Printer.valueProperty().bindBidirectional(viewModel.a4PrinterProperty());
        Bind.labels(a4Printer, PrinterSettingsViewModel::label);
        receiptPaper.getItems().setAll(viewModel.papers());
        receiptPaper.valueProperty().bindBidirectional(viewModel.receiptPaperProperty());
        Bind.labels(receiptPaper, PrinterSettingsViewModel::paperLabel);
        Bind.message(printerError, viewModel.errorProperty());
        Bind.message(printerMessage, viewModel.messageProperty());
        viewModel.load();
    }

    @FXML
    private void save() {
        viewModel.save();
    }
}
