package org.skyroad.station.ui.goods;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.Grade;
import org.skyroad.station.domain.goods.Lot;
import org.skyroad.station.domain.goods.LotLabel;
import org.skyroad.station.domain.goods.LotTerms;
import org.skyroad.station.domain.goods.Producer;
import org.skyroad.station.domain.goods.Product;
import org.skyroad.station.domain.goods.Quantity;
import org.skyroad.station.domain.report.LotLabelPrint;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ConsignmentDesk;
import org.skyroad.station.ui.common.Errors;
import org.skyroad.station.ui.common.Text;

/**
 * Intake of a lot, keyboard first: the producer found by name or phone, the product by name or
 * code, the grade typed (its written standard shown), quantity, weight (goods counted by the
 * piece or jar), production or harvest day (today when blank), best-before computed for
 * perishables, consignment price or bought outright. Saving shows the lot code large, prints
 * its label and clears the form for the next intake.
 */
public final class IntakeViewModel {

    /** What the result panel shows of the lot just taken in. */
    public record Done(Lot lot, String code, String summary, String printed) {
    }

    private final GoodsScreens screens;
    private final StringProperty producerText = new SimpleStringProperty("");
    private final ObservableList<Producer> producerMatches = FXCollections.observableArrayList();
    private final ObjectProperty<Producer> producer = new SimpleObjectProperty<>();
    private final StringProperty productText = new SimpleStringProperty("");
    private final ObservableList<Product> products = FXCollections.observableArrayList();
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>();
    private final StringProperty grade = new SimpleStringProperty("");
    private final StringProperty gradeHint = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty weight = new SimpleStringProperty("");
    private final BooleanProperty weightNeeded = new SimpleBooleanProperty(false);
    private final StringProperty producedOn = new SimpleStringProperty("");
    private final StringProperty bestBefore = new SimpleStringProperty("");
    private final BooleanProperty outright = new SimpleBooleanProperty(false);
    private final StringProperty price = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Done> done = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<Lot> recent = FXCollections.observableArrayList();
    private LocalDate today;

    public IntakeViewModel(GoodsScreens screens) {
        this.screens = screens;
        message.set(Messages.get("goodsui.intake.ready"));
        product.addListener((obs, old, p) -> {
            weightNeeded.set(p != null && p.unit() != GoodsUnit.KG);
            updateGradeHint();
            updateBestBefore();
        });
        grade.addListener((obs, old, g) -> updateGradeHint());
        producedOn.addListener((obs, old, d) -> updateBestBefore());
    }

    /** Loads the catalog and the station's day. */
    public void load() {
        screens.executor().run(p -> new Object[] {screens.desk().products(), screens.desk().today()}, r -> {
            @SuppressWarnings("unchecked")
            List<Product> all = (List<Product>) r[0];
            products.setAll(all.stream().filter(Product::active).toList());
            today = (LocalDate) r[1];
            updateBestBefore();
        }, f -> error.set(Errors.sentence(f)));
    }

    /** Enter in the producer field: finds by name, phone or phone tail; the first match is chosen, the others listed. */
    public void findProducer() {
        String typed = producerText.get() == null ? "" : producerText.get().strip();
        error.set("");
        if (typed.isEmpty()) {
            return;
        }
        screens.executor().run(p -> screens.desk().findProducers(typed, 20).stream().filter(Producer::active).toList(),
                found -> {
                    producerMatches.setAll(found);
                    if (found.isEmpty()) {
                        producer.set(null);
                        error.set(Messages.get("goodsui.intake.noProducer", typed));
                    } else {
                        chooseProducer(found.get(0));
                    }
                }, f -> error.set(Errors.sentence(f)));
    }

    public void chooseProducer(Producer p) {
        producer.set(p);
    }

    /** Enter in the product field: the product whose code or name holds what was typed. */
    public boolean findProduct() {
        String typed = productText.get() == null ? "" : productText.get().strip();
        error.set("");
        if (typed.isEmpty()) {
            return product.get() != null;
        }
        List<Product> found = matchProducts(typed);
        if (found.isEmpty()) {
            product.set(null);
            error.set(Messages.get("goodsui.intake.noProduct", typed));
            return false;
        }
        product.set(found.get(0));
        return true;
    }

    List<Product> matchProducts(String typed) {
        String key = TextRules.searchKey(typed);
        String code = typed.strip().toUpperCase(Locale.ROOT);
        List<Product> exact = products.stream().filter(p -> p.code().equals(code)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return products.stream().filter(p -> p.searchKey().contains(key)).collect(Collectors.toList());
    }

    private void updateGradeHint() {
        Product p = product.get();
        if (p == null) {
            gradeHint.set("");
            return;
        }
        if (p.grades().isEmpty()) {
            gradeHint.set(Messages.get("goodsui.intake.noGrades"));
            return;
        }
        Grade g = p.grade(grade.get()).orElse(null);
        if (g != null) {
            gradeHint.set(g.code() + ": " + (g.standard() == null ? "" : g.standard()));
        } else {
            gradeHint.set(Messages.get("goodsui.intake.grades",
                    p.grades().stream().map(Grade::code).collect(Collectors.joining(" / "))));
        }
    }

    private void updateBestBefore() {
        Product p = product.get();
        if (p == null || !p.perishable()) {
            bestBefore.set(p == null ? "" : Messages.get("goodsui.intake.keeps"));
            return;
        }
        try {
            LocalDate made = GoodsFormat.parseDate(producedOn.get());
            LocalDate from = made != null ? made : today;
            bestBefore.set(from == null ? "" : GoodsFormat.date(p.bestBefore(from).orElse(null)));
        } catch (InvalidInputException e) {
            bestBefore.set("");
        }
    }

    /** Saves the lot, shows its code, prints its label and clears the form for the next intake. */
    public void save() {
        if (busy.get()) {
            return;
        }
        error.set("");
        if (producer.get() == null) {
            error.set(Messages.get("error.lot.producerRequired"));
            return;
        }
        if (product.get() == null && !findProduct()) {
            if (error.get().isEmpty()) {
                error.set(Messages.get("error.lot.productRequired"));
            }
            return;
        }
        ConsignmentDesk.Intake in;
        try {
            Product p = product.get();
            Quantity q = Quantity.parse(quantity.get(), p.unit());
            Long grams = null;
            if (p.unit() != GoodsUnit.KG && Text.blankToNull(weight.get()) != null) {
                grams = Quantity.kg(weight.get()).amount();
            }
            String typedPrice = Text.blankToNull(price.get());
            Money unitPrice = typedPrice == null ? null : Money.parse(typedPrice);
            in = new ConsignmentDesk.Intake(producer.get().id(), p.id(), Text.blankToNull(grade.get()), q, grams,
                    GoodsFormat.parseDate(producedOn.get()), null, outright.get() ? LotTerms.OUTRIGHT : LotTerms.CONSIGNMENT,
                    unitPrice, Text.blankToNull(note.get()));
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        busy.set(true);
        Producer who = producer.get();
        Product what = product.get();
        screens.executor().run(pr -> {
            Lot lot = screens.desk().intake(in);
            String printed;
            try {
                LotLabel label = screens.desk().label(lot.id());
                printed = screens.printouts().print(LotLabelPrint.from(label, screens.header()));
            } catch (RuntimeException e) {
                printed = Messages.get("goodsui.intake.labelFailed", Errors.sentence(e));
            }
            return new Done(lot, lot.code().value(), GoodsFormat.product(what) + " · " + (lot.grade() == null ? ""
                    : lot.grade() + " · ") + GoodsFormat.quantity(lot.received()) + " · " + who.name(), printed);
        }, d -> {
            busy.set(false);
            done.set(d);
            recent.add(0, d.lot());
            message.set(Messages.get("goodsui.intake.saved", d.code()) + " " + d.printed());
            clear();
            screens.changes().saved();
        }, f -> {
            busy.set(false);
            error.set(Errors.sentence(f));
        });
    }

    /** Prints the label of the last lot again. */
    public void reprint() {
        Done d = done.get();
        if (d == null) {
            return;
        }
        screens.executor().run(p -> screens.printouts().print(LotLabelPrint.from(screens.desk().label(d.lot().id()),
                screens.header())), message::set, f -> error.set(Errors.sentence(f)));
    }

    /** Empties the form for the next intake; the production day stays (a day's intakes share it). */
    public void clear() {
        producerText.set("");
        producer.set(null);
        producerMatches.clear();
        productText.set("");
        product.set(null);
        grade.set("");
        quantity.set("");
        weight.set("");
        outright.set(false);
        price.set("");
        note.set("");
        error.set("");
    }

    public StringProperty producerTextProperty() {
        return producerText;
    }

    public ObservableList<Producer> producerMatches() {
        return producerMatches;
    }

    public ObjectProperty<Producer> producerProperty() {
        return producer;
    }

    public StringProperty productTextProperty() {
        return productText;
    }

    public ObservableList<Product> products() {
        return products;
    }

    public ObjectProperty<Product> productProperty() {
        return product;
    }

    public StringProperty gradeProperty() {
        return grade;
    }

    public StringProperty gradeHintProperty() {
        return gradeHint;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty weightProperty() {
        return weight;
    }

    public BooleanProperty weightNeededProperty() {
        return weightNeeded;
    }

    public StringProperty producedOnProperty() {
        return producedOn;
    }

    public StringProperty bestBeforeProperty() {
        return bestBefore;
    }

    public BooleanProperty outrightProperty() {
        return outright;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Done> doneProperty() {
        return done;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<Lot> recent() {
        return recent;
    }
}
