package org.skyroad.station.domain.goods;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A grade of a product and its written standard, e.g. cashmere grade "A": "fibre 36 mm and
 * longer, 15.5 µm and finer, white". The code is what the label prints.
 */
public record Grade(String code, String standard) {

    public static final int CODE_MAX = 16;
    public static final int STANDARD_MAX = 500;

    public Grade {
        code = GoodsText.required(code, CODE_MAX, "error.goods.gradeEmpty", "error.goods.gradeTooLong");
        standard = GoodsText.optional(standard, STANDARD_MAX, "error.goods.standardTooLong");
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("standard", standard);
        return m;
    }
}
