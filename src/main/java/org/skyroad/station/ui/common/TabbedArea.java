package org.skyroad.station.ui.common;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;

/**
 * An area made of tabs, one per job: each tab's title carries its number, Ctrl+1 to Ctrl+9
 * opens that tab, and opening a tab puts the cursor on its first field.
 */
public final class TabbedArea {

    private final TabPane tabs;
    private final List<Runnable> focusers;

    private TabbedArea(TabPane tabs, List<Runnable> focusers) {
        this.tabs = tabs;
        this.focusers = List.copyOf(focusers);
    }

    /**
     * Numbers the tabs and wires the keys on {@code root}; {@code focusers} holds, per tab in
     * order, what puts the cursor where that tab's work starts.
     */
    public static TabbedArea install(Node root, TabPane tabs, List<Runnable> focusers) {
        TabbedArea area = new TabbedArea(tabs, focusers);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab t = tabs.getTabs().get(i);
            t.setText(t.getText() + "  " + (i + 1));
        }
        // Focus after the tab's content is shown, else the field cannot take it yet.
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            int i = now.intValue();
            if (i >= 0 && i < area.focusers.size()) {
                Platform.runLater(area.focusers.get(i));
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && !e.isAltDown() && e.getCode().isDigitKey()) {
                int n = e.getCode().getCode() - '0';
                if (n >= 1 && n <= tabs.getTabs().size()) {
                    area.show(n - 1);
                    e.consume();
                }
            }
        });
        return area;
    }

    /** Opens tab {@code index} with the cursor where its work starts. */
    public void show(int index) {
        if (tabs.getSelectionModel().getSelectedIndex() == index) {
            focusers.get(index).run();
        } else {
            tabs.getSelectionModel().select(index);
        }
    }

    /** The cursor goes to the open tab's first field. */
    public void focus() {
        int i = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        focusers.get(i).run();
    }
}
