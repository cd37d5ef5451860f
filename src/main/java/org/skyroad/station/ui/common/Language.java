package org.skyroad.station.ui.common;

import java.util.Locale;
import org.skyroad.station.i18n.Messages;

/** The interface languages offered, each shown by its own name. */
public enum Language {
    ZH("zh"), BO("bo"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Messages.localeFor(code);
    }

    public static Language of(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return l;
            }
        }
        return ZH;
    }

    public static Language current() {
        return of(Messages.codeOf(Messages.locale()));
    }

    /** The language's own name (中文, བོད་ཡིག, English), the same in every interface language. */
    @Override
    public String toString() {
        return Messages.get("ui.language." + code);
    }
}
