package org.skyroad.station.domain.goods;

import java.util.Locale;
import org.skyroad.station.domain.common.InvalidInputException;

/** Reads the name of one of the goods enums as typed (any case, dash or space for underscore). */
final class GoodsEnums {

    private GoodsEnums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String errorKey) {
        if (text != null) {
            String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(t)) {
                    return e;
                }
            }
        }
        throw new InvalidInputException(errorKey, text == null ? "" : text);
    }
}
