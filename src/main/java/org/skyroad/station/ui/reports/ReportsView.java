package org.skyroad.station.ui.reports;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Bind;
import org.skyroad.station.ui.common.Language;

/**
 * The reports area. Keys: Enter (on a choice) or Ctrl+Enter makes the report, Esc cancels,
 * Page Up/Page Down turn pages, Ctrl+Plus/Ctrl+Minus zoom, Ctrl+P prints, Ctrl+S saves the
 * PDF, Ctrl+E saves the figures as CSV.
 */
public final class ReportsView {

    private final ReportsViewModel viewModel;
    private final SaveDialog saveDialog;

    @FXML private BorderPane root;
    @FXML private ChoiceBox<ReportsViewModel.Kind> kind;
    @FXML private Node monthBox;
    @FXML private ComboBox<YearMonth> month;
    @FXML private Node dayBox;
    @FXML private DatePicker day;
    @FXML private ChoiceBox<Language> language;
    @FXML private Button make;
    @FXML private Button cancel;
    @FXML private Node progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private Button print;
    @FXML private Button savePdf;
    @FXML private Button saveCsv;
    @FXML private Label error;
    @FXML private Label message;
    @FXML private Button previous;
    @FXML private Button next;
    @FXML private Label pageText;
    @FXML private Button zoomIn;
    @FXML private Button zoomOut;
    @FXML private ScrollPane scroll;
    @FXML private ImageView pageView;
    @FXML private Label placeholder;

    public ReportsView(ReportsViewModel viewModel, SaveDialog saveDialog) {
        this.viewModel = viewModel;
        this.saveDialog = saveDialog == null ? SaveDialog.NONE : saveDialog;
    }

    @FXML
    private void initialize() {
        kind.setItems(viewModel.kinds());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        Bind.labels(kind, k -> Messages.get("reportsui.kind." + k.name().toLowerCase(java.util.Locale.ROOT)));
        month.setItems(viewModel.months());
        month.valueProperty().bindBidirectional(viewModel.monthProperty());
        month.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth m) {
                return m == null ? "" : Messages.get("reportsui.monthName", Integer.toString(m.getYear()),
                        String.format(java.util.Locale.ROOT, "%02d", m.getMonthValue()));
            }

            @Override
            public YearMonth fromString(String s) {
                return null;
            }
        });
        day.valueProperty().bindBidirectional(viewModel.dayProperty());
        day.setConverter(new StringConverter<>() {
            private final DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;

            @Override
            public String toString(java.time.LocalDate d) {
                return d == null ? "" : iso.format(d);
            }

            @Override
            public java.time.LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : java.time.LocalDate.parse(s.strip(), iso);
                } catch (java.time.format.DateTimeParseException e) {
                    return viewModel.dayProperty().get();
                }
            }
        });
        Bind.shownWhen(dayBox, viewModel.dailyChosen());
        Bind.shownWhen(monthBox, viewModel.dailyChosen().not());
        language.getItems().setAll(Language.values());
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        make.disableProperty().bind(viewModel.busyProperty());
        cancel.disableProperty().bind(viewModel.busyProperty().not());
        Bind.shownWhen(progressBox, viewModel.busyProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        progressText.textProperty().bind(viewModel.progressTextProperty());
        var noReport = viewModel.reportProperty().isNull();
        print.disableProperty().bind(noReport.or(viewModel.busyProperty()));
        savePdf.disableProperty().bind(noReport.or(viewModel.busyProperty()));
        saveCsv.disableProperty().bind(noReport.or(viewModel.busyProperty()).or(viewModel.dailyChosen()));
        previous.disableProperty().bind(noReport);
        next.disableProperty().bind(noReport);
        zoomIn.disableProperty().bind(noReport);
        zoomOut.disableProperty().bind(noReport);
        pageText.textProperty().bind(viewModel.pageText());
        placeholder.visibleProperty().bind(noReport);
        Bind.message(error, viewModel.errorProperty());
        Bind.message(message, viewModel.messageProperty());
        viewModel.pageImageProperty().addListener((obs, old, png) -> show(png));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    private void show(byte[] png) {
        if (png == null) {
            pageView.setImage(null);
            return;
        }
        Image image = new Image(new ByteArrayInputStream(png));
        pageView.setImage(image);
        pageView.setFitWidth(image.getWidth());
        scroll.setVvalue(0);
    }

    private void key(KeyEvent e) {
        boolean shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        if (code == KeyCode.ENTER && (shortcut || onAChoice())) {
            make();
        } else if (code == KeyCode.ESCAPE && viewModel.busyProperty().get()) {
            cancel();
        } else if (code == KeyCode.PAGE_DOWN && !shortcut) {
            viewModel.nextPage();
        } else if (code == KeyCode.PAGE_UP && !shortcut) {
            viewModel.previousPage();
        } else if (shortcut && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            viewModel.zoomIn();
        } else if (shortcut && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            viewModel.zoomOut();
        } else if (shortcut && code == KeyCode.P) {
            print();
        } else if (shortcut && code == KeyCode.S) {
            savePdf();
        } else if (shortcut && code == KeyCode.E) {
            saveCsv();
        } else {
            return;
        }
        e.consume();
    }

    /** Enter on a closed choice (report, month, language) means "make it"; in an open list it picks. */
    private boolean onAChoice() {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focused instanceof ChoiceBox<?> c) {
            return !c.isShowing();
        }
        if (focused instanceof ComboBoxBase<?> c && !(focused instanceof DatePicker)) {
            return !c.isShowing();
        }
        return false;
    }

    @FXML
    private void make() {
        viewModel.make();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void print() {
        viewModel.print();
    }

    @FXML
    private void savePdf() {
        if (!viewModel.hasReport()) {
            return;
        }
        Optional<Path> target = saveDialog.ask(window(), Messages.get("reportsui.savePdf"),
                viewModel.suggestedName("pdf"), "pdf");
        target.ifPresent(viewModel::savePdf);
    }

    @FXML
    private void saveCsv() {
        if (!viewModel.csvAvailable()) {
            return;
        }
        Optional<Path> target = saveDialog.ask(window(), Messages.get("reportsui.saveCsv"),
                viewModel.suggestedName("csv"), "csv");
        target.ifPresent(viewModel::saveCsv);
    }

    @FXML
    private void previous() {
        viewModel.previousPage();
    }

    @FXML
    private void next() {
        viewModel.nextPage();
    }

    @FXML
    private void zoomIn() {
        viewModel.zoomIn();
    }

    @FXML
    private void zoomOut() {
        viewModel.zoomOut();
    }

    private javafx.stage.Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The area was opened: the month is chosen (last month by default); Enter makes the report. */
    public void focus() {
        viewModel.load();
        if (viewModel.dailyChosen().get()) {
            day.requestFocus();
        } else {
            month.requestFocus();
        }
    }

    public ReportsViewModel viewModel() {
        return viewModel;
    }
}
