package org.skyroad.station.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.i18n.Messages;

/**
 * The words and number formats of one report in one language. Labels come from the
 * {@code i18n/reports} bundle (Tibetan falls back to Chinese, then English, like the screens);
 * numbers, amounts and dates are written the same way in every language (digits with
 * thousands commas, ISO dates), as forms sent to the county are.
 */
public final class ReportText {

    public static final String BUNDLE = "i18n.reports";
    static final String NONE = "—";

    private final Locale locale;
    private final ResourceBundle bundle;

    private ReportText(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.bundle = Messages.single(BUNDLE, this.locale);
    }

    public static ReportText of(Locale locale) {
        return new ReportText(locale);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle != null && bundle.containsKey(key);
    }

    /** The label for {@code key}, formatted with {@code args}; the key itself when there is none. */
    public String t(String key, Object... args) {
        String pattern = has(key) ? bundle.getString(key) : null;
        if (pattern == null) {
            return Messages.get(locale, key, args);
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Number n) {
                plain[i] = n.toString();
            }
        }
        return new MessageFormat(pattern, locale).format(plain);
    }

    /** A code's name (report.category.livestock, report.platform.jd ...), or the code as it is. */
    public String named(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String key = prefix + "." + code.toLowerCase(Locale.ROOT);
        return has(key) ? bundle.getString(key) : code;
    }

    public String money(Money m) {
        return m == null ? NONE : moneyFormat().format(m.toYuan());
    }

    public String yuan(Money m) {
        return m == null ? NONE : "¥" + money(m);
    }

    public String count(long n) {
        return countFormat().format(n);
    }

    /** Signed change: +12, −3, 0. */
    public String change(long delta) {
        return delta > 0 ? "+" + count(delta) : delta < 0 ? "−" + count(-delta) : "0";
    }

    public String change(Money delta) {
        long f = delta.fen();
        return f > 0 ? "+" + money(delta) : f < 0 ? "−" + money(Money.ofFen(-f)) : "0.00";
    }

    /** Change in percent, one decimal; a dash when the month before had nothing. */
    public String percent(long now, long before) {
        if (before == 0) {
            return NONE;
        }
        BigDecimal p = BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
        return (p.signum() > 0 ? "+" : p.signum() < 0 ? "−" : "") + p.abs().toPlainString() + "%";
    }

    /** A duration in days with one decimal (2.5); a dash when there is none. */
    public String days(Duration d) {
        if (d == null) {
            return NONE;
        }
        return BigDecimal.valueOf(d.getSeconds()).divide(BigDecimal.valueOf(86_400), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    public String date(LocalDate d) {
        return d == null ? NONE : d.toString();
    }

    public String dateTime(Instant at, ZoneId zone) {
        return at == null ? NONE : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).format(at.atZone(zone));
    }

    public String month(YearMonth m) {
        return t("report.month.format", String.valueOf(m.getYear()), String.valueOf(m.getMonthValue()),
                m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
    }

    private static DecimalFormat moneyFormat() {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setParseBigDecimal(true);
        return f;
    }

    private static DecimalFormat countFormat() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
