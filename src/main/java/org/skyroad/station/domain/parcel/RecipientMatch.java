package org.skyroad.station.domain.parcel;

import java.util.List;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerMatch;

/**
 * How a parcel's label was matched to a villager. {@code villager} is set for the first five
 * kinds; AMBIGUOUS lists the candidates for the operator to choose from; NONE puts the parcel
 * on the unmatched list to sort later.
 */
public record RecipientMatch(Kind kind, Villager villager, List<VillagerMatch> candidates) {

    /** ORDER: the label gave nothing, and an assisted order was shipped with this tracking number. */
    public enum Kind { CHOSEN, PHONE, PHONE_TAIL, NAME, ORDER, AMBIGUOUS, NONE }

    public RecipientMatch {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public static RecipientMatch of(Kind kind, Villager villager) {
        return new RecipientMatch(kind, villager, List.of());
    }

    public static RecipientMatch ambiguous(List<VillagerMatch> candidates) {
        return new RecipientMatch(Kind.AMBIGUOUS, null, candidates);
    }

    public static RecipientMatch none() {
        return new RecipientMatch(Kind.NONE, null, List.of());
    }

    public boolean isMatched() {
        return villager != null;
    }
}
