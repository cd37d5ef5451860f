package org.skyroad.station.goods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.goods.Commission;
import org.skyroad.station.domain.goods.GoodsUnit;
import org.skyroad.station.domain.goods.Quantity;

/** Quantities are exact whole grams, pieces or jars; prices and commissions round half up to the fen. */
class QuantityAndCommissionTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
        12.5,   kg,    12500
        0.001,  kg,    1
        3,      jar,   3
        1000,   piece, 1000
        """)
    void typedQuantitiesAreKeptInWholeBaseUnits(String typed, String unit, long base) {
        assertEquals(base, Quantity.parse(typed, GoodsUnit.parse(unit)).amount());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        '',      kg,    error.goods.quantityEmpty
        abc,     kg,    error.goods.quantityNotANumber
        0,       kg,    error.goods.quantityPositive
        -2,      jar,   error.goods.quantityPositive
        1.0005,  kg,    error.goods.quantityDecimals
        1.5,     piece, error.goods.quantityWhole
        """)
    void quantitiesThatCannotBeTakenAreRefused(String typed, String unit, String key) {
        var e = assertThrows(InvalidInputException.class, () -> Quantity.parse(typed, GoodsUnit.parse(unit)));
        assertEquals(key, e.messageKey());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        1.255,  10.00,  12.55
        0.333,  0.10,   0.03
        0.335,  0.10,   0.03
        0.005,  1.00,   0.01
        2.5,    95.00,  237.50
        """)
    void aWeightAtAPricePerKgIsRoundedHalfUpToTheFen(String kg, String perKg, String expected) {
        assertEquals(Money.parse(expected), Quantity.kg(kg).priceAt(Money.parse(perKg)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        8%,        1000.00, 2,     80.00
        8.5,       99.99,   2,     8.50
        0.5/unit,  500.00,  12.5,  6.25
        2.00/unit, 1.00,    0.333, 0.67
        0,         100.00,  1,     0.00
        100%,      45.67,   1,     45.67
        """)
    void commissionIsAPercentOrAnAmountPerUnit(String rule, String amount, String kg, String expected) {
        assertEquals(Money.parse(expected), Commission.parse(rule).on(Money.parse(amount), Quantity.kg(kg)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
        101
        -1
        8.123
        eight
        """)
    void aCommissionOutOfRangeIsRefused(String rule) {
        var e = assertThrows(InvalidInputException.class, () -> Commission.parse(rule));
        assertEquals("error.goods.commission", e.messageKey());
    }
}
