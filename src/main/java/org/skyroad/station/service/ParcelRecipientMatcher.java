package org.skyroad.station.service;

import java.util.List;
import java.util.UUID;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.parcel.RecipientMatch;
import org.skyroad.station.domain.parcel.RecipientMatch.Kind;
import org.skyroad.station.domain.villager.PhoneNumber;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.domain.villager.VillagerRepository;

/**
 * Finds the villager a parcel's label means. A whole phone number is exact; the last four
 * digits count when exactly one villager has them (or exactly one of them has the label's
 * name); a name alone counts when exactly one villager has exactly that name. Several
 * candidates are returned for the operator to choose from; none leaves the parcel unmatched.
 * Runs inside the caller's transaction.
 */
final class ParcelRecipientMatcher {

    static final int CANDIDATES = 20;

    private final VillagerRepository villagers;

    ParcelRecipientMatcher(VillagerRepository villagers) {
        this.villagers = villagers;
    }

    RecipientMatch match(UUID chosenId, String labelPhone, String labelName) {
        if (chosenId != null) {
            return RecipientMatch.of(Kind.CHOSEN, villagers.findById(chosenId)
                    .orElseThrow(() -> new NotFoundException("error.villager.notFound")));
        }
        String nameKey = labelName == null ? "" : TextRules.searchKey(labelName);
        String digits = labelPhone == null ? "" : labelPhone.replaceAll("[\\s()\\-.*]", "");
        if (!digits.isEmpty()) {
            List<VillagerMatch> byPhone = digits.length() == 4 && digits.chars().allMatch(Character::isDigit)
                    ? villagers.findByPhoneTail(digits, CANDIDATES)
                    : villagers.findByPhone(PhoneNumber.parseOptional(digits), CANDIDATES);
            Kind kind = digits.length() == 4 ? Kind.PHONE_TAIL : Kind.PHONE;
            if (byPhone.size() == 1) {
                return RecipientMatch.of(kind, byPhone.get(0).villager());
            }
            if (byPhone.size() > 1) {
                List<VillagerMatch> sameName = byPhone.stream()
                        .filter(m -> !nameKey.isEmpty() && m.villager().name().searchKey().equals(nameKey)).toList();
                return sameName.size() == 1 ? RecipientMatch.of(kind, sameName.get(0).villager())
                        : RecipientMatch.ambiguous(byPhone);
            }
        }
        if (!nameKey.isEmpty()) {
            List<VillagerMatch> exact = villagers.findByName(nameKey, CANDIDATES).stream()
                    .filter(m -> m.villager().name().searchKey().equals(nameKey)).toList();
            if (exact.size() == 1) {
                return RecipientMatch.of(Kind.NAME, exact.get(0).villager());
            }
            if (exact.size() > 1) {
                return RecipientMatch.ambiguous(exact);
            }
        }
        return RecipientMatch.none();
    }

    /** The label's phone as stored: a whole number, a four-digit tail, or null; anything else refused. */
    static String labelPhone(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.replaceAll("[\\s()\\-.*]", "");
        if (digits.length() == 4 && digits.chars().allMatch(Character::isDigit)) {
            return digits;
        }
        PhoneNumber phone = PhoneNumber.parseOptional(typed);
        if (phone == null) {
            throw new InvalidInputException("error.villager.phone", typed);
        }
        return phone.digits();
    }
}
