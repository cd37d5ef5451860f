package org.skyroad.station.ui.main;

import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Bind;

/** The main window: navigation on the left (F1 to F9), the open area, the status bar. */
public final class MainView {

    private static final KeyCombination SIGN_OUT = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel viewModel;
    private final AreaContent content;
    private final Map<Area, Node> made = new EnumMap<>(Area.class);
    private final Map<Area, ToggleButton> buttons = new EnumMap<>(Area.class);
    private final ToggleGroup group = new ToggleGroup();

    @FXML private BorderPane root;
    @FXML private VBox nav;
    @FXML private StackPane areaPane;
    @FXML private Label station;
    @FXML private Label user;
    @FXML private Label pending;
    @FXML private Label lastSync;
    @FXML private Label error;
    @FXML private Button signOut;

    public MainView(MainViewModel viewModel, AreaContent content) {
        this.viewModel = viewModel;
        this.content = content;
    }

    @FXML
    private void initialize() {
        for (Area a : Area.values()) {
            Label key = new Label(a.key().getName());
            key.getStyleClass().add("nav-key");
            ToggleButton b = new ToggleButton(Messages.get(a.messageKey()), key);
            b.setContentDisplay(ContentDisplay.RIGHT);
            b.setGraphicTextGap(10);
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                if (!viewModel.open(a)) {
                    b.setSelected(false);
                }
                if (viewModel.areaProperty().get() == a) {
                    b.setSelected(true);
                }
            });
            if (a == Area.ADMIN) {
                Bind.shownWhen(b, viewModel.adminProperty());
            }
            buttons.put(a, b);
            nav.getChildren().add(b);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        nav.getChildren().add(spacer);
        HBox.setHgrow(signOut, Priority.NEVER);
        signOut.setMaxWidth(Double.MAX_VALUE);
        nav.getChildren().remove(signOut);
        nav.getChildren().add(signOut);

        station.textProperty().bind(viewModel.stationProperty());
        user.textProperty().bind(viewModel.userProperty());
        pending.textProperty().bind(viewModel.pendingProperty());
        lastSync.textProperty().bind(viewModel.lastSyncProperty());
        Bind.message(error, viewModel.errorProperty());

        viewModel.areaProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.areaProperty().get());

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isShiftDown()) {
                if (SIGN_OUT.match(e)) {
                    signOut();
                    e.consume();
                }
                return;
            }
            for (Area a : Area.values()) {
                if (a.key() == e.getCode()) {
                    viewModel.open(a);
                    e.consume();
                    return;
                }
            }
        });
        viewModel.start();
    }

    private void show(Area a) {
        Node node = made.computeIfAbsent(a, content::create);
        areaPane.getChildren().setAll(node);
        ToggleButton b = buttons.get(a);
        if (b != null) {
            b.setSelected(true);
        }
        Platform.runLater(() -> {
            if (node.getProperties().get(AreaFocus.KEY) instanceof Runnable focus) {
                focus.run();
            } else {
                node.requestFocus();
            }
        });
    }

    @FXML
    private void signOut() {
        viewModel.signOut();
    }

    public MainViewModel viewModel() {
        return viewModel;
    }
}
