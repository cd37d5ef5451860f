package org.skyroad.station.domain.parcel;

import java.util.Locale;
import org.skyroad.station.domain.common.InvalidInputException;

/**
 * The express companies that bring parcels to a plateau station. {@link #UNKNOWN} is what
 * recognition says when a number's shape does not tell; it is never stored on a parcel.
 */
public enum Carrier {
    SF("顺丰速运"),
    JD("京东物流"),
    EMS("中国邮政EMS"),
    CHINA_POST("中国邮政"),
    YTO("圆通速递"),
    ZTO("中通快递"),
    STO("申通快递"),
    YUNDA("韵达速递"),
    JT("极兔速递"),
    OTHER("其他"),
    UNKNOWN("?");

    private final String chineseName;

    Carrier(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Takes "sf", "SF", "china_post", "china-post" or the Chinese name. */
    public static Carrier parse(String text) {
        if (text != null) {
            String t = text.strip().replace('-', '_').replace(' ', '_');
            for (Carrier c : values()) {
                if (c != UNKNOWN && (c.name().equalsIgnoreCase(t) || c.chineseName.equals(text.strip()))) {
                    return c;
                }
            }
        }
        throw new InvalidInputException("error.parcel.carrier", text == null ? "" : text);
    }
}
