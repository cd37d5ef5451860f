package org.skyroad.station.ui.sync;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.skyroad.station.ui.common.Bind;

/** Table and binding helpers of the sync screens. */
final class SyncTables {

    private SyncTables() {
    }

    static <R> void text(TableColumn<R, String> col, Function<R, String> value) {
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** A column of sentences (a refusal's reason): wrapped to the column's width, never cut. */
    static <R> void sentence(TableColumn<R, String> col, Function<R, String> value) {
        text(col, value);
        col.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("sentence-cell");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.isEmpty()) {
                    setGraphic(null);
                    setTooltip(null);
                } else {
                    text.setText(item);
                    setGraphic(text);
                    setTooltip(new Tooltip(item));
                }
            }
        });
    }

    /** A row's outcome that did not succeed is marked. */
    static void markFailed(TableView<OutcomeRow> table) {
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(OutcomeRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), !empty && item != null && !item.ok());
            }
        });
    }

    /** Enter on a focused button presses it, as Space does: the counter's keyboard habit. */
    static void enterFiresButtons(javafx.scene.Node root) {
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown()
                    && e.getTarget() instanceof javafx.scene.control.Button b && !b.isDisabled()) {
                b.fire();
                e.consume();
            }
        });
    }

    /**
     * The button that started long work is disabled while it runs, which moves the focus away;
     * when the work ends the focus goes back to where it was.
     */
    static void focusBackAfter(javafx.scene.Node root, javafx.beans.value.ObservableBooleanValue busy) {
        javafx.scene.Node[] before = new javafx.scene.Node[1];
        busy.addListener((o, was, now) -> {
            if (root.getScene() == null) {
                return;
            }
            if (now) {
                before[0] = root.getScene().getFocusOwner();
            } else if (before[0] != null && !before[0].isDisabled() && before[0].isVisible()) {
                before[0].requestFocus();
                before[0] = null;
            }
        });
    }

    /**
     * What both sync screens show of their long work: its error and message lines, its
     * progress, Enter pressing the focused button, the focus back where it was afterwards.
     */
    static void taskLines(javafx.scene.Node root, SyncTasks t, javafx.scene.control.Label error,
            javafx.scene.control.Label message, javafx.scene.Node progressBox, javafx.scene.control.ProgressBar progress,
            javafx.scene.control.Label progressText) {
        enterFiresButtons(root);
        focusBackAfter(root, t.busyProperty());
        Bind.message(error, t.errorProperty());
        Bind.message(message, t.messageProperty());
        Bind.shownWhen(progressBox, t.busyProperty());
        progress.progressProperty().bind(t.progressProperty());
        progressText.textProperty().bind(t.progressTextProperty());
    }

    /** A fingerprint to compare by phone: shown while there is one, the cursor on its confirm button. */
    static void comparePrompt(javafx.scene.Node box, javafx.scene.control.Label label,
            javafx.scene.control.Button confirm, javafx.beans.property.StringProperty prompt) {
        Bind.shownWhen(box, Bindings.isNotEmpty(prompt));
        label.textProperty().bind(prompt);
        prompt.addListener((o, was, now) -> {
            if (now != null && !now.isEmpty()) {
                confirm.requestFocus();
            }
        });
    }

    /** The outcome of each batch imported, shown once there is one, failures marked. */
    static void outcomes(TableView<OutcomeRow> table, javafx.collections.ObservableList<OutcomeRow> rows,
            TableColumn<OutcomeRow, String> file, TableColumn<OutcomeRow, String> state,
            TableColumn<OutcomeRow, String> sentence) {
        table.setItems(rows);
        Bind.shownWhen(table, Bindings.isNotEmpty(rows));
        text(file, OutcomeRow::file);
        text(state, OutcomeRow::state);
        sentence(sentence, OutcomeRow::sentence);
        markFailed(table);
    }
}
