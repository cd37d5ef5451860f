package org.skyroad.station.ui.villagers;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import java.util.function.Function;
import org.skyroad.station.ui.common.Bind;

/**
 * Find the person in front of you: results as you type; Down goes to the table, Enter opens
 * the villager, Ctrl+N starts a new one. The form replaces the list while it is open.
 */
public final class VillagersView {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final VillagerSearchViewModel viewModel;

    @FXML private StackPane root;
    @FXML private Node searchPane;
    @FXML private TextField search;
    @FXML private Label error;
    @FXML private Label status;
    @FXML private TableView<VillagerRow> table;
    @FXML private TableColumn<VillagerRow, String> nameColumn;
    @FXML private TableColumn<VillagerRow, String> phoneColumn;
    @FXML private TableColumn<VillagerRow, String> villageColumn;
    @FXML private TableColumn<VillagerRow, String> idTailColumn;
    @FXML private TableColumn<VillagerRow, String> consentColumn;
    @FXML private TableColumn<VillagerRow, String> reasonColumn;
    @FXML private Node editor;
    @FXML private VillagerEditView editorController;

    public VillagersView(VillagerSearchViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        table.setItems(viewModel.results());
        column(nameColumn, VillagerRow::name);
        column(phoneColumn, VillagerRow::phone);
        column(villageColumn, VillagerRow::village);
        column(idTailColumn, VillagerRow::idTail);
        column(consentColumn, VillagerRow::consent);
        column(reasonColumn, VillagerRow::reason);
        Bind.message(error, viewModel.errorProperty());
        status.textProperty().bind(viewModel.statusProperty());
        showEditor(false);

        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                    table.getFocusModel().focus(0);
                }
                e.consume();
            }
        });
        search.setOnAction(e -> {
            // Enter in the search field: a scanner or a quick typist; search at once, open a single hit.
            viewModel.searchNow();
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.requestFocus();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEW.match(e) && !editor.isVisible()) {
                newVillager();
                e.consume();
            }
        });
        editorController.viewModel().setOnClosed(saved -> {
            showEditor(false);
            if (saved.isPresent()) {
                viewModel.searchNow();
            }
            search.requestFocus();
        });
        search.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(search::requestFocus);
            }
        });
    }

    private static void column(TableColumn<VillagerRow, String> col, Function<VillagerRow, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    private void showEditor(boolean shown) {
        editor.setVisible(shown);
        editor.setManaged(shown);
        searchPane.setVisible(!shown);
        searchPane.setManaged(!shown);
    }

    private void openSelected() {
        VillagerRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            editorController.viewModel().edit(row.villager());
            showEditor(true);
            editorController.focusFirst();
        }
    }

    @FXML
    private void newVillager() {
        editorController.viewModel().startNew(viewModel.queryProperty().get());
        showEditor(true);
        editorController.focusFirst();
    }

    /** Puts the cursor in the search field (the area was just opened). */
    public void focus() {
        if (editor.isVisible()) {
            editorController.focusFirst();
        } else {
            search.requestFocus();
        }
    }
}
