package org.skyroad.station.ui.parcels;

/**
 * The controller factory of the parcel screens: every parcel view with a new view-model over
 * the same {@link ParcelScreens}. The app's composition root asks it first for classes of
 * this package.
 */
public final class ParcelViews {

    private final ParcelScreens screens;

    public ParcelViews(ParcelScreens screens) {
        this.screens = screens;
    }

    public ParcelScreens screens() {
        return screens;
    }

    /** The view for {@code type}, or null when the type is not a parcel view. */
    public Object controller(Class<?> type) {
        if (type == ParcelsView.class) {
            return new ParcelsView();
        }
        if (type == ParcelCheckInView.class) {
            return new ParcelCheckInView(new ParcelCheckInViewModel(screens));
        }
        if (type == ParcelHandoverView.class) {
            return new ParcelHandoverView(new ParcelHandoverViewModel(screens));
        }
        if (type == CounterParcelsView.class) {
            return new CounterParcelsView(new ParcelHandoverViewModel(screens));
        }
        if (type == ParcelUnmatchedView.class) {
            return new ParcelUnmatchedView(new ParcelUnmatchedViewModel(screens));
        }
        if (type == ParcelNoticesView.class) {
            return new ParcelNoticesView(new ParcelNoticesViewModel(screens));
        }
        if (type == ParcelRunsView.class) {
            return new ParcelRunsView(new ParcelRunsViewModel(screens));
        }
        if (type == ParcelAgeingView.class) {
            return new ParcelAgeingView(new ParcelAgeingViewModel(screens));
        }
        if (type == ParcelReconcileView.class) {
            return new ParcelReconcileView(new ParcelReconcileViewModel(screens));
        }
        if (type == ParcelDropOffView.class) {
            return new ParcelDropOffView(new ParcelDropOffViewModel(screens));
        }
        return null;
    }
}
