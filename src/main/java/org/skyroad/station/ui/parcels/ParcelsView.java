package org.skyroad.station.ui.parcels;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import org.skyroad.station.ui.common.TabbedArea;

/**
 * The parcels area: one tab per job, Ctrl+1 to Ctrl+8 to go to one (check-in, handover,
 * unmatched, notices, runs, ageing, reconciliation, drop-off); the cursor goes where the job
 * starts.
 */
public final class ParcelsView {

    @FXML private Node root;
    @FXML private TabPane tabs;
    @FXML private ParcelCheckInView checkInController;
    @FXML private ParcelHandoverView handoverController;
    @FXML private ParcelUnmatchedView unmatchedController;
    @FXML private ParcelNoticesView noticesController;
    @FXML private ParcelRunsView runsController;
    @FXML private ParcelAgeingView ageingController;
    @FXML private ParcelReconcileView reconcileController;
    @FXML private ParcelDropOffView dropOffController;
    private TabbedArea area;

    @FXML
    private void initialize() {
        area = TabbedArea.install(root, tabs, List.of(
                checkInController::focus, handoverController::focus, unmatchedController::focus,
                noticesController::focus, runsController::focus, ageingController::focus, reconcileController::focus,
                dropOffController::focus));
    }

    /** Opens tab {@code index} (0 = check-in) with the cursor where its work starts. */
    public void show(int index) {
        area.show(index);
    }

    /** The area was opened: the cursor goes to the open tab’s first field. */
    public void focus() {
        area.focus();
    }

    public ParcelCheckInView checkIn() {
        return checkInController;
    }

    public ParcelHandoverView handover() {
        return handoverController;
    }
}
