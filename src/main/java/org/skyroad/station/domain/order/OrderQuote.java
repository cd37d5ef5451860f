package org.skyroad.station.domain.order;

import org.skyroad.station.domain.common.Money;

/**
 * What an order will cost, before it is saved: the goods (lines), shipping, the fee the
 * station's rule gives, the fee charged (the rule's or a manager's), and the total to pay.
 */
public record OrderQuote(Money goods, Money shipping, Money feeByRule, Money fee, boolean feeOverridden,
                         ServiceFeeRule rule, int lineCount) {

    public Money total() {
        return goods.plus(shipping).plus(fee);
    }
}
