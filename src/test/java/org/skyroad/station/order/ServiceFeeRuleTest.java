package org.skyroad.station.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.order.ServiceFeeRule;

/** The service fee rules themselves: fixed, percent of the goods (half up to the fen, min, cap), per line. */
class ServiceFeeRuleTest {

    @ParameterizedTest(name = "{0} on {1} yuan in {2} lines is {3}")
    @CsvSource(textBlock = """
            fixed 5,                   300.00, 2, 5.00
            fixed 0,                   300.00, 2, 0.00
            per-line 3,                300.00, 2, 6.00
            per-line 3,                 12.00, 1, 3.00
            percent 5,                 300.00, 2, 15.00
            percent 5,                  12.30, 1, 0.62
            percent 5,                  12.29, 1, 0.61
            percent 5 min 2,            12.30, 1, 2.00
            percent 5 min 2 max 20,   1000.00, 3, 20.00
            percent 2.5,               100.00, 1, 2.50
            3%,                        100.00, 1, 3.00
            percent 0.5,                 0.99, 1, 0.00
            """)
    void theRuleGivesTheFee(String rule, String goods, int lines, String fee) {
        assertEquals(Money.parse(fee), ServiceFeeRule.parse(rule).feeFor(Money.parse(goods), lines));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(textBlock = """
            '',                      error.order.feeRule
            hourly 5,                error.order.feeRule
            percent five,            error.order.feeRule
            percent 5 sometimes 2,   error.order.feeRule
            percent 51,              error.order.feePercent
            percent 5 min 10 max 2,  error.order.feeCapBelowMinimum
            fixed -1,                error.order.feeAmount
            fixed 1.234,             error.money.tooManyDecimals
            """)
    void aRuleThatMakesNoSenseIsRefused(String rule, String key) {
        assertEquals(key, assertThrows(InvalidInputException.class, () -> ServiceFeeRule.parse(rule)).messageKey());
    }

    @Test
    void aRuleSurvivesBeingStored() {
        ServiceFeeRule r = ServiceFeeRule.percent(350, Money.parse("2"), Money.parse("40"));
        assertEquals(r, ServiceFeeRule.decode(r.encode()));
    }
}
