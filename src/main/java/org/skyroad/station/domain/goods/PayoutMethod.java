package org.skyroad.station.domain.goods;

import java.util.Locale;

/** How a producer is paid: cash through the drawer, a bank transfer, or a mobile payment. */
public enum PayoutMethod {
    CASH, BANK_TRANSFER, MOBILE_PAYMENT;

    public static PayoutMethod parse(String text) {
        return GoodsEnums.parse(PayoutMethod.class, text, "error.producer.payoutMethod");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
