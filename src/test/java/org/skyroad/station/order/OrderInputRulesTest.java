package org.skyroad.station.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.OrderDraft;
import org.skyroad.station.domain.order.OrderLine;
import org.skyroad.station.domain.order.Platform;

/** What an order line accepts, checked before anything is saved. */
class OrderInputRulesTest {

    @ParameterizedTest(name = "[{0}] x{1} at {2} is refused: {3}")
    @CsvSource(textBlock = """
            '',                  1,    10.00,       error.order.itemEmpty
            '   ',               1,    10.00,       error.order.itemEmpty
            coat,                0,    10.00,       error.order.quantity
            coat,                1000, 10.00,       error.order.quantity
            coat,                1,    0.00,        error.order.priceNotPositive
            coat,                1,    -1.00,       error.order.priceNotPositive
            coat,                1,    1000000.01,  error.order.priceTooLarge
            """)
    void aLineThatCannotBeOrderedIsRefused(String item, int quantity, String price, String key) {
        var e = assertThrows(InvalidInputException.class, () -> new OrderLine(1, Platform.JD, item, null, quantity,
                Money.parse(price), ItemCategory.OTHER, null));
        assertEquals(key, e.messageKey());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            jd,        JD
            JD,        JD
            京东,       JD
            taobao,    TAOBAO
            tb,        TAOBAO
            pdd,       PINDUODUO
            拼多多,     PINDUODUO
            other,     OTHER
            """)
    void platformsAreTypedByCodeOrChineseName(String text, Platform expected) {
        assertEquals(expected, Platform.parse(text));
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(textBlock = """
            amazon
            ''
            """)
    void anUnknownPlatformIsRefused(String text) {
        assertEquals("error.order.platform", assertThrows(InvalidInputException.class, () -> Platform.parse(text)).messageKey());
    }

    @org.junit.jupiter.api.Test
    void aLinkIsKeptAsTypedAndTheAmountIsPriceTimesQuantity() {
        OrderLine l = OrderDraft.Line.of(Platform.TAOBAO, " 酥油茶壶 ", " https://m.tb.cn/h.5x?sm=1 ", 3,
                Money.parse("12.34")).toLine(1);
        assertEquals("酥油茶壶", l.itemName());
        assertEquals("https://m.tb.cn/h.5x?sm=1", l.link());
        assertEquals(Money.parse("37.02"), l.amount());
        assertEquals(List.of(), OrderDraft.of(UUID.randomUUID(), null, null).lines());
    }
}
