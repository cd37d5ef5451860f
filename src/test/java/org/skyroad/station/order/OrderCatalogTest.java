package org.skyroad.station.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.skyroad.station.order.OrderStation.yuan;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.CatalogItem;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Order;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.Platform;

/** The catalog of items the station often orders: kept by counter staff, picked into order lines. */
class OrderCatalogTest {

    @TempDir
    Path dir;
    OrderStation st;

    @BeforeEach
    void open() {
        st = OrderStation.open(dir);
    }

    @AfterEach
    void close() {
        st.close();
    }

    private static CatalogItem.Draft item(String name, String price) {
        return new CatalogItem.Draft(name, Platform.JD, "https://item.jd.com/100.html", yuan(price), ItemCategory.FOOD);
    }

    @Test
    void itemsAreFoundByAnyPartOfTheirNamePrefixFirst() {
        st.catalog.addAll(List.of(item("青稞饼干 barley biscuits", "18.5"), item("牦牛肉干 yak jerky", "68"),
                item("饼干 biscuits", "9.9")));
        assertEquals(List.of("饼干 biscuits", "青稞饼干 barley biscuits"),
                st.catalog.search("饼干", 10).stream().map(CatalogItem::name).toList());
        assertEquals(3, st.catalog.search("", 10).size());
        assertEquals(3, st.outboxRows("order_catalog_item"));
    }

    @Test
    void aSwitchedOffItemIsNoLongerOfferedButOldOrdersKeepIt() {
        CatalogItem jerky = st.catalog.add(item("牦牛肉干 yak jerky", "68"));
        Order o = st.desk.create(OrderDraft.of(st.tashi.id(), List.of(OrderDraft.Line.from(jerky, 2)), Money.ZERO));
        CatalogItem off = st.catalog.setActive(jerky.id(), jerky.version(), false);
        assertEquals(List.of(), st.catalog.search("牦牛", 10));
        assertEquals(jerky.id(), st.desk.get(o.id()).lines().get(0).catalogItemId());
        assertEquals(yuan("136.00"), st.desk.get(o.id()).goods());
        assertEquals("error.changedMeanwhile", assertThrows(ConflictException.class,
                () -> st.catalog.setActive(jerky.id(), jerky.version(), true)).messageKey());
        assertEquals(true, st.catalog.setActive(off.id(), off.version(), true).active());
    }

    @Test
    void anItemsPriceIsEditedAndTheNextOrderTakesIt() {
        CatalogItem kettle = st.catalog.add(item("电热水壶 kettle", "59"));
        CatalogItem dearer = st.catalog.update(kettle.id(), kettle.version(),
                new CatalogItem.Draft("电热水壶 kettle", Platform.PINDUODUO, "PDD-5", yuan("62.00"), ItemCategory.APPLIANCE));
        assertEquals(yuan("62.00"), OrderDraft.Line.from(dearer, 1).unitPrice());
        assertEquals(Platform.PINDUODUO, st.catalog.get(kettle.id()).platform());
    }

    @Test
    void anItemWithoutANameIsRefused() {
        assertEquals("error.order.itemEmpty", assertThrows(InvalidInputException.class,
                () -> st.catalog.add(item("  ", "1"))).messageKey());
    }
}
