package org.skyroad.station.ui.goods;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.skyroad.station.domain.goods.GoodsCategory;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Bind;

/** The product catalog editor: choose a row to edit, or New; Save. */
public final class GoodsProductsView {

    private final ProductsViewModel viewModel;

    @FXML private TableView<Product> productsTable;
    @FXML private TableColumn<Product, String> codeColumn;
    @FXML private TableColumn<Product, String> nameColumn;
    @FXML private TableColumn<Product, String> categoryColumn;
    @FXML private TableColumn<Product, String> unitColumn;
    @FXML private TableColumn<Product, String> keepsColumn;
    @FXML private Label formTitle;
    @FXML private TextField productCode;
    @FXML private TextField nameZh;
    @FXML private TextField nameBo;
    @FXML private TextField nameEn;
    @FXML private ChoiceBox<GoodsCategory> category;
    @FXML private ChoiceBox<GoodsUnit> unit;
    @FXML private CheckBox perishable;
    @FXML private TextField shelfLife;
    @FXML private CheckBox coldChain;
    @FXML private TextField commission;
    @FXML private TextArea grades;
    @FXML private CheckBox active;
    @FXML private Label error;
    @FXML private Label message;

    public GoodsProductsView(ProductsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        productsTable.setItems(viewModel.products());
        GoodsTables.column(codeColumn, Product::code);
        GoodsTables.column(nameColumn, GoodsFormat::product);
        GoodsTables.column(categoryColumn, p -> Messages.get(p.category().nameKey()));
        GoodsTables.column(unitColumn, p -> GoodsFormat.unit(p.unit()));
        GoodsTables.column(keepsColumn, p -> p.perishable() ? Messages.get("goodsui.products.days", p.shelfLifeDays()) : "");
        productsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                viewModel.edit(p);
            }
        });
        productCode.textProperty().bindBidirectional(viewModel.codeProperty());
        nameZh.textProperty().bindBidirectional(viewModel.nameZhProperty());
        nameBo.textProperty().bindBidirectional(viewModel.nameBoProperty());
        nameEn.textProperty().bindBidirectional(viewModel.nameEnProperty());
        category.getItems().setAll(GoodsCategory.values());
        Bind.labels(category, c -> Messages.get(c.nameKey()));
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        unit.getItems().setAll(GoodsUnit.values());
        Bind.labels(unit, GoodsFormat::unit);
        unit.valueProperty().bindBidirectional(viewModel.unitProperty());
        perishable.selectedProperty().bindBidirectional(viewModel.perishableProperty());
        shelfLife.textProperty().bindBidirectional(viewModel.shelfLifeProperty());
        shelfLife.disableProperty().bind(viewModel.perishableProperty().not());
        coldChain.selectedProperty().bindBidirectional(viewModel.coldChainProperty());
        commission.textProperty().bindBidirectional(viewModel.commissionProperty());
        grades.textProperty().bindBidirectional(viewModel.gradesProperty());
        active.selectedProperty().bindBidirectional(viewModel.activeProperty());
        viewModel.editingProperty().addListener((obs, old, p) -> title(p));
        title(null);
        Bind.message(error, viewModel.errorProperty());
        Bind.message(message, viewModel.messageProperty());
        viewModel.load();
    }

    private void title(Product p) {
        formTitle.setText(p == null ? Messages.get("goodsui.products.new")
                : Messages.get("goodsui.products.edit", GoodsFormat.product(p)));
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void newProduct() {
        productsTable.getSelectionModel().clearSelection();
        viewModel.edit(null);
        productCode.requestFocus();
    }

    public void focus() {
        Platform.runLater(productsTable::requestFocus);
    }
}
