package org.skyroad.station.domain.parcel;

import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.TextRules;

/**
 * What the operator marks at check-in. {@code cashOnDelivery} is null when nothing is to be
 * collected; a damaged parcel needs a note saying what was seen, so nobody is blamed later.
 */
public record ParcelTags(boolean fragile, boolean perishable, boolean large, boolean signatureRequired,
                         Money cashOnDelivery, boolean damaged, String damageNote) {

    public static final ParcelTags NONE = new ParcelTags(false, false, false, false, null, false, null);
    public static final int NOTE_MAX = 500;

    public ParcelTags {
        if (cashOnDelivery != null && cashOnDelivery.fen() <= 0) {
            throw new InvalidInputException("error.parcel.codNotPositive", cashOnDelivery);
        }
        String note = TextRules.clean(damageNote);
        note = note == null || note.isEmpty() ? null : note;
        if (damaged && note == null) {
            throw new InvalidInputException("error.parcel.damageNoteMissing");
        }
        if (note != null && (note.length() > NOTE_MAX || TextRules.hasControlCharacters(note))) {
            throw new InvalidInputException("error.parcel.damageNoteTooLong", NOTE_MAX);
        }
        damageNote = damaged ? note : null;
    }

    public boolean isCashOnDelivery() {
        return cashOnDelivery != null;
    }

    public ParcelTags withLarge(boolean isLarge) {
        return new ParcelTags(fragile, perishable, isLarge, signatureRequired, cashOnDelivery, damaged, damageNote);
    }
}
