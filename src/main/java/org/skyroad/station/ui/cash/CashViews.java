package org.skyroad.station.ui.cash;

/**
 * The controller factory of the cash screens: every cash view with a new view-model over the
 * same {@link CashScreens}. The app's composition root asks it first for classes of this package.
 */
public final class CashViews {

    private final CashScreens screens;

    public CashViews(CashScreens screens) {
        this.screens = screens;
    }

    public CashScreens screens() {
        return screens;
    }

    /** The view for {@code type}, or null when the type is not a cash view. */
    public Object controller(Class<?> type) {
        if (type == CashView.class) {
            return new CashView();
        }
        if (type == CashDrawerView.class) {
            return new CashDrawerView(new CashDrawerViewModel(screens));
        }
        if (type == CashCloseView.class) {
            return new CashCloseView(new CashCloseViewModel(screens));
        }
        if (type == CashFeesView.class) {
            return new CashFeesView(new CashFeesViewModel(screens));
        }
        return null;
    }
}
