package org.skyroad.station.ui.goods;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.goods.Commission;
import org.skyroad.station.domain.goods.GoodsCategory;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.Grade;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.ProductDraft;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Text;

/**
 * The local product catalog (a manager's work: it sets the commission): names in Chinese,
 * Tibetan and English, category, unit, grades with their written standards (one a line,
 * "A: fibre 36 mm and longer"), perishable with its shelf life, cold chain, commission.
 */
public final class ProductsViewModel {

    private final GoodsScreens screens;
    private final ObservableList<Product> products = FXCollections.observableArrayList();
    private final ObjectProperty<Product> editing = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty nameZh = new SimpleStringProperty("");
    private final StringProperty nameBo = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final ObjectProperty<GoodsCategory> category = new SimpleObjectProperty<>(GoodsCategory.LIVESTOCK);
    private final ObjectProperty<GoodsUnit> unit = new SimpleObjectProperty<>(GoodsUnit.KG);
    private final BooleanProperty perishable = new SimpleBooleanProperty(false);
    private final StringProperty shelfLife = new SimpleStringProperty("");
    private final BooleanProperty coldChain = new SimpleBooleanProperty(false);
    private final StringProperty commission = new SimpleStringProperty("");
    private final StringProperty grades = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public ProductsViewModel(GoodsScreens screens) {
        this.screens = screens;
    }

    public void load() {
        screens.executor().run(p -> screens.desk().products(), products::setAll, f -> error.set(Errors.sentence(f)));
    }

    public void edit(Product p) {
        editing.set(p);
        error.set("");
        code.set(p == null ? "" : p.code());
        nameZh.set(p == null || p.nameZh() == null ? "" : p.nameZh());
        nameBo.set(p == null || p.nameBo() == null ? "" : p.nameBo());
        nameEn.set(p == null || p.nameEn() == null ? "" : p.nameEn());
        category.set(p == null ? GoodsCategory.LIVESTOCK : p.category());
        unit.set(p == null ? GoodsUnit.KG : p.unit());
        perishable.set(p != null && p.perishable());
        shelfLife.set(p == null || p.shelfLifeDays() == null ? "" : p.shelfLifeDays().toString());
        coldChain.set(p != null && p.coldChain());
        commission.set(p == null ? "" : p.commission().toString());
        grades.set(p == null ? "" : gradesText(p.grades()));
        active.set(p == null || p.active());
    }

    static String gradesText(List<Grade> list) {
        return list.stream().map(g -> g.standard() == null ? g.code() : g.code() + ": " + g.standard())
                .collect(Collectors.joining("\n"));
    }

    /** Reads one grade a line: "A: standard" (the standard may be left out). */
    static List<Grade> parseGrades(String text) {
        List<Grade> out = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                colon = line.indexOf('：');
            }
            out.add(colon < 0 ? new Grade(line.strip(), null)
                    : new Grade(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        return out;
    }

    public void save() {
        error.set("");
        ProductDraft d;
        try {
            Integer days = null;
            if (perishable.get()) {
                try {
                    days = Integer.valueOf(shelfLife.get().strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("error.goods.shelfLife", Product.MAX_SHELF_LIFE_DAYS);
                }
            }
            String c = Text.blankToNull(commission.get());
            d = new ProductDraft(code.get(), nameZh.get(), nameBo.get(), nameEn.get(), category.get(), unit.get(),
                    perishable.get(), days, coldChain.get(), c == null ? Commission.NONE : Commission.parse(c),
                    parseGrades(grades.get()));
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        Product before = editing.get();
        boolean on = active.get();
        screens.executor().run(p -> before == null ? screens.desk().addProduct(d)
                : screens.desk().updateProduct(before.id(), before.version(), d, on), saved -> {
                    message.set(Messages.get("goodsui.products.saved", GoodsFormat.product(saved)));
                    editing.set(saved);
                    screens.changes().saved();
                    load();
                }, f -> error.set(Errors.sentence(f)));
    }

    public ObservableList<Product> products() {
        return products;
    }

    public ObjectProperty<Product> editingProperty() {
        return editing;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameZhProperty() {
        return nameZh;
    }

    public StringProperty nameBoProperty() {
        return nameBo;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public ObjectProperty<GoodsCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<GoodsUnit> unitProperty() {
        return unit;
    }

    public BooleanProperty perishableProperty() {
        return perishable;
    }

    public StringProperty shelfLifeProperty() {
        return shelfLife;
    }

    public BooleanProperty coldChainProperty() {
        return coldChain;
    }

    public StringProperty commissionProperty() {
        return commission;
    }

    public StringProperty gradesProperty() {
        return grades;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
