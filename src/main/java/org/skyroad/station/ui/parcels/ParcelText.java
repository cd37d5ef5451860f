package org.skyroad.station.ui.parcels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.ParcelStatus;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.parcel.RunOutcome;
import org.skyroad.station.i18n.Messages;

/** Words for parcels on screen: carriers, states, tags, money. */
public final class ParcelText {

    private ParcelText() {
    }

    public static String carrier(Carrier c) {
        return c == null ? "" : Messages.get("parcelsui.carrier." + c.code());
    }

    public static String status(ParcelStatus s) {
        return s == null ? "" : Messages.get("parcel.status." + s.name().toLowerCase(Locale.ROOT));
    }

    public static String outcome(RunOutcome o) {
        return o == null ? "" : Messages.get("parcelsui.outcome." + o.name().toLowerCase(Locale.ROOT));
    }

    /** "¥12.50", or empty for nothing. */
    public static String money(Money m) {
        return m == null || m.fen() == 0 ? "" : "¥" + m;
    }

    /** "¥0.00" style even for zero: totals. */
    public static String total(Money m) {
        return "¥" + (m == null ? Money.ZERO : m);
    }

    public static String tags(ParcelTags t) {
        if (t == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        if (t.fragile()) {
            words.add(Messages.get("parcelsui.tag.fragile.short"));
        }
        if (t.perishable()) {
            words.add(Messages.get("parcelsui.tag.perishable.short"));
        }
        if (t.large()) {
            words.add(Messages.get("parcelsui.tag.large.short"));
        }
        if (t.signatureRequired()) {
            words.add(Messages.get("parcelsui.tag.signature.short"));
        }
        if (t.isCashOnDelivery()) {
            words.add(Messages.get("parcelsui.tag.cod.short") + " " + money(t.cashOnDelivery()));
        }
        if (t.damaged()) {
            words.add(Messages.get("parcelsui.tag.damaged.short"));
        }
        return String.join(" · ", words);
    }

    /**
     * A text message as shown on screen: Tibetan sentences each on their own line. JavaFX draws
     * part of a wrapped Tibetan line twice (once cut at the edge), so Tibetan is broken at the shad
     * instead of being left to wrap; the message sent is unchanged.
     */
    static String shownWrapped(String text) {
        if (text == null || text.codePoints().noneMatch(cp -> cp >= 0x0F00 && cp <= 0x0FFF)) {
            return text;
        }
        return text.replace("\u0F0D ", "\u0F0D\n").strip();
    }
}
