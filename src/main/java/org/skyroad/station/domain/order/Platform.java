package org.skyroad.station.domain.order;

import java.util.Locale;
import org.skyroad.station.domain.common.InvalidInputException;

/** Where an assisted order is placed. */
public enum Platform {
    JD("京东"),
    TAOBAO("淘宝"),
    PINDUODUO("拼多多"),
    OTHER("其他");

    private final String chineseName;

    Platform(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the code (jd, taobao, pinduoduo, pdd, other) in any case, or the Chinese name. */
    public static Platform parse(String text) {
        if (text != null) {
            String t = text.strip();
            for (Platform p : values()) {
                if (p.name().equalsIgnoreCase(t) || p.chineseName.equals(t)) {
                    return p;
                }
            }
            if ("pdd".equalsIgnoreCase(t) || "tb".equalsIgnoreCase(t) || "jingdong".equalsIgnoreCase(t)) {
                return "pdd".equalsIgnoreCase(t) ? PINDUODUO : "tb".equalsIgnoreCase(t) ? TAOBAO : JD;
            }
        }
        throw new InvalidInputException("error.order.platform", text == null ? "" : text);
    }
}
