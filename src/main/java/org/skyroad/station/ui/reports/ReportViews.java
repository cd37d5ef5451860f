package org.skyroad.station.ui.reports;

/** The controller factory of the reports area; the app's composition root asks it first for classes of this package. */
public final class ReportViews {

    private final ReportScreens screens;

    public ReportViews(ReportScreens screens) {
        this.screens = screens;
    }

    public ReportScreens screens() {
        return screens;
    }

    /** The view for {@code type}, or null when the type is not a reports view. */
    public Object controller(Class<?> type) {
        if (type == ReportsView.class) {
            return new ReportsView(new ReportsViewModel(screens), screens.saveDialog());
        }
        if (type == PrinterSettingsView.class) {
            return new PrinterSettingsView(new PrinterSettingsViewModel(screens));
        }
        return null;
    }
}
