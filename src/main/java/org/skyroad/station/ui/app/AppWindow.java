package org.skyroad.station.ui.app;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.DemoData;
import org.skyroad.station.ui.admin.AdminView;
import org.skyroad.station.ui.admin.StaffAdminView;
import org.skyroad.station.ui.admin.StaffAdminViewModel;
import org.skyroad.station.ui.admin.StationSettingsView;
import org.skyroad.station.ui.admin.StationSettingsViewModel;
import org.skyroad.station.ui.admin.VillagesAdminView;
import org.skyroad.station.ui.admin.VillagesAdminViewModel;
import org.skyroad.station.ui.cash.CashScreens;
import org.skyroad.station.ui.cash.CashView;
import org.skyroad.station.ui.cash.CashViews;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Language;
import org.skyroad.station.ui.common.Navigator;
import org.skyroad.station.ui.common.Printouts;
import org.skyroad.station.ui.common.TaskExecutor;
import org.skyroad.station.ui.common.ViewLoader;
import org.skyroad.station.ui.counter.CounterView;
import org.skyroad.station.ui.main.Area;
import org.skyroad.station.ui.main.AreaFocus;
import org.skyroad.station.ui.main.MainView;
import org.skyroad.station.ui.main.MainViewModel;
import org.skyroad.station.ui.orders.NewOrderRequests;
import org.skyroad.station.ui.orders.OrderScreens;
import org.skyroad.station.ui.orders.OrderViews;
import org.skyroad.station.ui.orders.OrdersView;
import org.skyroad.station.ui.goods.GoodsScreens;
import org.skyroad.station.ui.goods.GoodsView;
import org.skyroad.station.ui.goods.GoodsViews;
import org.skyroad.station.ui.parcels.ParcelPrinting;
import org.skyroad.station.ui.parcels.ParcelScreens;
import org.skyroad.station.ui.parcels.ParcelViews;
import org.skyroad.station.ui.parcels.ParcelsView;
import org.skyroad.station.ui.sync.SyncFiles;
import org.skyroad.station.ui.sync.SyncScreens;
import org.skyroad.station.ui.sync.SyncView;
import org.skyroad.station.ui.sync.SyncViews;
import org.skyroad.station.ui.printing.PrinterAccess;
import org.skyroad.station.ui.reports.FileChooserSaveDialog;
import org.skyroad.station.ui.reports.ReportScreens;
import org.skyroad.station.ui.reports.ReportViews;
import org.skyroad.station.ui.reports.ReportsView;
import org.skyroad.station.ui.reports.SaveDialog;
import org.skyroad.station.ui.setup.SetupView;
import org.skyroad.station.ui.setup.SetupViewModel;
import org.skyroad.station.ui.signin.SignInView;
import org.skyroad.station.ui.signin.SignInViewModel;
import org.skyroad.station.ui.villagers.VillagerEditView;
import org.skyroad.station.ui.villagers.VillagerEditViewModel;
import org.skyroad.station.ui.villagers.VillagerSearchViewModel;
import org.skyroad.station.ui.villagers.VillagersView;

/**
 * The composition root of the screens: builds every view with its view-model from the
 * station's services (the FXML controller factory), and moves the one window between
 * setup, sign-in and the main window.
 */
public final class AppWindow implements Navigator {

    public static final String STYLESHEET = "/css/station.css";

    private enum Screen { NONE, SETUP, SIGN_IN, MAIN }

    private final Stage stage;
    private final StationRuntime rt;
    private final TaskExecutor executor;
    private final boolean demo;
    private final DataChanges changes = new DataChanges();
    private final ViewLoader loader = new ViewLoader(this::controller);
    private Screen screen = Screen.NONE;
    private SetupViewModel setupViewModel;
    private MainViewModel mainViewModel;
    private Actor actor;
    private ParcelPrinting parcelPrinting = ParcelPrinting.NONE;
    private ParcelViews parcelViews;
    private Printouts printouts = Printouts.NONE;
    private OrderViews orderViews;
    private CashViews cashViews;
    private SyncFiles syncFiles;
    private SyncScreens.HubConnector hubConnector;
    private SyncViews syncViews;
    private PrinterAccess printers = PrinterAccess.NONE;
    private SaveDialog saveDialog = new FileChooserSaveDialog();
    private ReportViews reportViews;
    private GoodsViews goodsViews;
    private java.nio.file.Path batchToOffer;

    public AppWindow(Stage stage, StationRuntime rt, TaskExecutor executor, boolean demo) {
        this.stage = stage;
        this.rt = rt;
        this.executor = executor;
        this.demo = demo;
    }

    /** Shows setup on a new station, sign-in otherwise. */
    public void start() {
        executor.run(p -> rt.setup().isInitialized(), initialized -> {
            if (initialized) {
                showSignIn();
            } else {
                showSetup();
            }
        }, f -> {
            Label l = new Label(Errors.sentence(f));
            l.getStyleClass().add("error-banner");
            show(new VBox(l));
        });
    }

    public Stage stage() {
        return stage;
    }

    public MainViewModel mainViewModel() {
        return mainViewModel;
    }

    /** How the parcel screens print slips, notices, run sheets and return lists (none: they say so). */
    public void setParcelPrinting(ParcelPrinting printing) {
        this.parcelPrinting = printing == null ? ParcelPrinting.NONE : printing;
        this.parcelViews = null;
    }

    private OrderViews orderViews() {
        if (orderViews == null) {
            NewOrderRequests requests = new NewOrderRequests();
            // "New order" on the counter opens the orders area, which takes the request when it gets the cursor.
            requests.setOpener(r -> {
                if (mainViewModel != null) {
                    mainViewModel.open(Area.ORDERS);
                }
            });
            orderViews = new OrderViews(new OrderScreens(rt.orders(), rt.catalog(), rt.villagers(), rt.settings(),
                    rt.session(), rt.clock(), executor, changes, printouts, requests));
        }
        return orderViews;
    }

    /** Where the sync screens pick folders and files (the system pickers unless set) and how they reach the hub. */
    public void setSyncFiles(SyncFiles files, SyncScreens.HubConnector connector) {
        this.syncFiles = files;
        this.hubConnector = connector;
        this.syncViews = null;
    }

    private SyncViews syncViews() {
        if (syncViews == null) {
            syncViews = new SyncViews(new SyncScreens(rt.sync(), rt.settings(), executor, changes, syncFiles, hubConnector));
        }
        return syncViews;
    }

    /** How screens print counter papers, keeping this computer's printer choices as they are. */
    public void setPrintouts(Printouts printouts) {
        setPrintouts(printouts, this.printers);
    }

    /** How screens print counter papers and reports on this computer (none: they say printing is not set up). */
    public void setPrintouts(Printouts printouts, PrinterAccess printers) {
        this.printouts = printouts == null ? Printouts.NONE : printouts;
        this.printers = printers == null ? PrinterAccess.NONE : printers;
        this.orderViews = null;
        this.cashViews = null;
        this.reportViews = null;
        this.goodsViews = null;
    }

    /** Where the reports area asks for a file to save to (the system's dialog unless replaced). */
    public void setSaveDialog(SaveDialog dialog) {
        this.saveDialog = dialog == null ? SaveDialog.NONE : dialog;
        this.reportViews = null;
    }

    private ReportViews reportViews() {
        if (reportViews == null) {
            reportViews = new ReportViews(new ReportScreens(rt.reports(), rt.settings(), rt.clock(), executor, printouts,
                    printers, saveDialog));
        }
        return reportViews;
    }

    private ParcelViews parcelViews() {
        if (parcelViews == null) {
            parcelViews = new ParcelViews(new ParcelScreens(rt.parcels(), rt.villagers(), rt.settings(), rt.clock(),
                    executor, changes, parcelPrinting));
        }
        return parcelViews;
    }

    private CashViews cashViews() {
        if (cashViews == null) {
            cashViews = new CashViews(new CashScreens(rt.cash(), rt.staff(), rt.session(), rt.reports(), rt.orders(),
                    rt.settings(), rt.clock(), executor, changes, printouts));
        }
        return cashViews;
    }

    private GoodsViews goodsViews() {
        if (goodsViews == null) {
            goodsViews = new GoodsViews(new GoodsScreens(rt.goods(), rt.villagers(), rt.settings(), rt.session(),
                    executor, changes, printouts));
        }
        return goodsViews;
    }

    private void show(Parent root) {
        stage.setTitle(Messages.get("ui.app.title"));
        Scene scene = stage.getScene();
        if (scene == null) {
            scene = new Scene(root, 1180, 760);
            scene.getStylesheets().add(Objects.requireNonNull(AppWindow.class.getResource(STYLESHEET)).toExternalForm());
            stage.setScene(scene);
        } else {
            scene.setRoot(root);
        }
        root.getStyleClass().add("lang-" + Language.current().code());
        if (!stage.isShowing()) {
            stage.show();
        }
    }

    private void showSetup() {
        if (setupViewModel == null) {
            setupViewModel = new SetupViewModel(rt.setup(), executor, this);
        }
        screen = Screen.SETUP;
        show(loader.load("/fxml/setup/Setup.fxml").root());
    }

    private void showSignIn() {
        stopMain();
        screen = Screen.SIGN_IN;
        show(loader.load("/fxml/signin/SignIn.fxml").root());
    }

    private void showMain(Area area) {
        stopMain();
        mainViewModel = new MainViewModel(rt.settings(), rt.staff(), executor, changes, this, actor, area);
        screen = Screen.MAIN;
        show(loader.load("/fxml/main/Main.fxml").root());
    }

    private void stopMain() {
        if (mainViewModel != null) {
            mainViewModel.stop();
            mainViewModel = null;
        }
    }

    @Override
    public void stationReady() {
        setupViewModel = null;
        showSignIn();
    }

    @Override
    public void signedIn(Actor who) {
        actor = who;
        showMain(Area.COUNTER);
        offerBatch();
    }

    /**
     * A sync batch the app was opened with: offered for import after the next sign-in, or at
     * once when someone is signed in already.
     */
    public void batchOpened(java.nio.file.Path batch) {
        batchToOffer = batch;
        if (actor != null && screen == Screen.MAIN) {
            offerBatch();
        }
    }

    private void offerBatch() {
        java.nio.file.Path batch = batchToOffer;
        if (batch == null) {
            return;
        }
        batchToOffer = null;
        BatchFileOffer offer = new BatchFileOffer(batch, rt.sync(), executor);
        Actor who = actor;
        // After the main screen has drawn: the question then sits on top of it.
        javafx.application.Platform.runLater(() -> offer.show(stage, who));
    }

    @Override
    public void signedOut() {
        actor = null;
        showSignIn();
    }

    @Override
    public void languageChanged(Language language) {
        Messages.setLocale(language.locale());
        switch (screen) {
            case SETUP -> showSetup();
            case SIGN_IN -> showSignIn();
            case MAIN -> {
                Area area = mainViewModel == null ? Area.COUNTER : mainViewModel.areaProperty().get();
                showMain(area);
            }
            default -> { }
        }
    }

    /** The FXML controller factory: every view gets its view-model here, by constructor. */
    private Object controller(Class<?> type) {
        Object parcelView = parcelViews().controller(type);
        if (parcelView != null) {
            return parcelView;
        }
        Object orderView = orderViews().controller(type);
        if (orderView != null) {
            return orderView;
        }
        Object cashView = cashViews().controller(type);
        if (cashView != null) {
            return cashView;
        }
        Object syncView = syncViews().controller(type);
        if (syncView != null) {
            return syncView;
        }
        Object reportView = reportViews().controller(type);
        if (reportView != null) {
            return reportView;
        }
        Object goodsView = goodsViews().controller(type);
        if (goodsView != null) {
            return goodsView;
        }
        if (type == SetupView.class) {
            return new SetupView(setupViewModel);
        }
        if (type == SignInView.class) {
            String hint = demo ? Messages.get("ui.signin.demoHint", DemoData.DEMO_ADMIN, DemoData.DEMO_PASSWORD) : "";
            return new SignInView(new SignInViewModel(rt.staff(), rt.settings(), executor, this, hint));
        }
        if (type == MainView.class) {
            return new MainView(mainViewModel, this::areaContent);
        }
        if (type == VillagersView.class) {
            return new VillagersView(new VillagerSearchViewModel(rt.villagers(), executor));
        }
        if (type == VillagerEditView.class) {
            return new VillagerEditView(new VillagerEditViewModel(rt.villagers(), rt.session(), executor, changes));
        }
        if (type == CounterView.class) {
            return new CounterView();
        }
        if (type == AdminView.class) {
            return new AdminView();
        }
        if (type == StaffAdminView.class) {
            return new StaffAdminView(new StaffAdminViewModel(rt.staff(), rt.settings(), rt.clock(), executor, changes));
        }
        if (type == StationSettingsView.class) {
            return new StationSettingsView(new StationSettingsViewModel(rt.settings(), executor, changes, this));
        }
        if (type == VillagesAdminView.class) {
            return new VillagesAdminView(new VillagesAdminViewModel(rt.villagers(), executor, changes));
        }
        throw new IllegalArgumentException("no view-model wiring for " + type.getName());
    }

    private Node areaContent(Area area) {
        return switch (area) {
            case COUNTER -> focused(loader.load("/fxml/counter/Counter.fxml"), CounterView::focus);
            case VILLAGERS -> focused(loader.load("/fxml/villagers/Villagers.fxml"), VillagersView::focus);
            case ORDERS -> focused(loader.load("/fxml/orders/Orders.fxml"), OrdersView::focus);
            case PARCELS -> focused(loader.load("/fxml/parcels/Parcels.fxml"), ParcelsView::focus);
            case GOODS -> focused(loader.load("/fxml/goods/Goods.fxml"), GoodsView::focus);
            case CASH -> focused(loader.load("/fxml/cash/Cash.fxml"), CashView::focus);
            case SYNC -> focused(loader.load("/fxml/sync/Sync.fxml"), SyncView::focus);
            case REPORTS -> focused(loader.load("/fxml/reports/Reports.fxml"), ReportsView::focus);
            case ADMIN -> loader.load("/fxml/admin/Admin.fxml").root();
        };
    }

    /** The area's root, told how to put the cursor where its work starts when the area opens. */
    private static <V> Node focused(ViewLoader.Loaded<V> loaded, java.util.function.Consumer<V> focus) {
        loaded.root().getProperties().put(AreaFocus.KEY, (Runnable) () -> focus.accept(loaded.view()));
        return loaded.root();
    }
}
