package org.skyroad.station.ui.goods;

/**
 * The controller factory of the local goods screens: every goods view with a new view-model
 * over the same {@link GoodsScreens}. The app's composition root asks it for classes of this package.
 */
public final class GoodsViews {

    private final GoodsScreens screens;

    public GoodsViews(GoodsScreens screens) {
        this.screens = screens;
    }

    public GoodsScreens screens() {
        return screens;
    }

    /** The view for {@code type}, or null when the type is not a goods view. */
    public Object controller(Class<?> type) {
        if (type == GoodsView.class) {
            return new GoodsView();
        }
        if (type == GoodsIntakeView.class) {
            return new GoodsIntakeView(new IntakeViewModel(screens));
        }
        if (type == GoodsStockView.class) {
            return new GoodsStockView(new StockViewModel(screens));
        }
        if (type == GoodsSaleView.class) {
            return new GoodsSaleView(new SaleViewModel(screens));
        }
        if (type == GoodsLossView.class) {
            return new GoodsLossView(new LossViewModel(screens));
        }
        if (type == GoodsSettlementView.class) {
            return new GoodsSettlementView(new SettlementViewModel(screens));
        }
        if (type == GoodsTraceView.class) {
            return new GoodsTraceView(new TraceViewModel(screens));
        }
        if (type == GoodsProducersView.class) {
            return new GoodsProducersView(new ProducersViewModel(screens));
        }
        if (type == GoodsProductsView.class) {
            return new GoodsProductsView(new ProductsViewModel(screens));
        }
        if (type == CounterProducerView.class) {
            return new CounterProducerView(new CounterProducerViewModel(screens));
        }
        return null;
    }
}
