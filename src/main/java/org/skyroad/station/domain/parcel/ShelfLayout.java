package org.skyroad.station.domain.parcel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skyroad.station.domain.common.InvalidInputException;

/**
 * The station's shelves as the manager types them: {@code A-01..A-40, B-01..B-20, FLOOR}.
 * Each item is a slot or a range of slots with the same prefix; {@link #FLOOR} is the floor
 * area for large items. A slot holds several parcels.
 */
public final class ShelfLayout {

    public static final String FLOOR = "FLOOR";
    public static final String DEFAULT_TEXT = "A-01..A-20, B-01..B-20, FLOOR";
    public static final int MAX_SLOTS = 2_000;
    public static final int SLOT_MAX = 16;

    private static final Pattern RANGE = Pattern.compile("([A-Z]*-?)(\\d{1,4})\\.\\.([A-Z]*-?)(\\d{1,4})");
    private static final Pattern SLOT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,15}");

    private final String text;
    private final List<String> slots;

    private ShelfLayout(String text, List<String> slots) {
        this.text = text;
        this.slots = slots;
    }

    public static ShelfLayout parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("error.parcel.shelfEmpty");
        }
        Set<String> all = new LinkedHashSet<>();
        List<String> items = new ArrayList<>();
        for (String raw : text.split("[,，;；\\s]+")) {
            String item = raw.strip().toUpperCase(Locale.ROOT);
            if (item.isEmpty()) {
                continue;
            }
            items.add(item);
            Matcher m = RANGE.matcher(item);
            if (m.matches()) {
                if (!m.group(1).equals(m.group(3))) {
                    throw new InvalidInputException("error.parcel.shelfItem", raw.strip());
                }
                int from = Integer.parseInt(m.group(2));
                int to = Integer.parseInt(m.group(4));
                int width = m.group(2).length();
                if (to < from || to - from >= MAX_SLOTS) {
                    throw new InvalidInputException("error.parcel.shelfItem", raw.strip());
                }
                for (int i = from; i <= to; i++) {
                    all.add(m.group(1) + String.format(Locale.ROOT, "%0" + width + "d", i));
                }
            } else if (SLOT.matcher(item).matches()) {
                all.add(item);
            } else {
                throw new InvalidInputException("error.parcel.shelfItem", raw.strip());
            }
            if (all.size() > MAX_SLOTS) {
                throw new InvalidInputException("error.parcel.shelfTooMany", MAX_SLOTS);
            }
        }
        if (all.isEmpty() || all.size() == 1 && all.contains(FLOOR)) {
            throw new InvalidInputException("error.parcel.shelfEmpty");
        }
        return new ShelfLayout(String.join(", ", items),
                Collections.unmodifiableList(new ArrayList<>(all)));
    }

    public String text() {
        return text;
    }

    public List<String> slots() {
        return slots;
    }

    public boolean hasFloor() {
        return slots.contains(FLOOR);
    }

    /**
     * Whether {@link #choose} would look at the fill of the slots: not for a large item when
     * there is a floor, nor for a villager whose parcel already waits on a shelf slot of this
     * layout. Counting the shelf is the dearest part of a check-in, so it is skipped then.
     */
    public boolean needsFill(boolean large, Optional<String> recipientsSlot) {
        if (large && hasFloor()) {
            return false;
        }
        return recipientsSlot.isEmpty() || FLOOR.equals(recipientsSlot.get()) || !slots.contains(recipientsSlot.get());
    }

    /**
     * The slot for a new parcel: large items on the floor (when there is one); a villager who
     * already has a parcel waiting on a shelf gets the same slot, so all theirs are together;
     * otherwise the least-filled shelf slot, the first in layout order on a tie. Slots that
     * are no longer in the layout are not chosen for new parcels.
     *
     * @param fill             parcels now in each slot
     * @param recipientsSlot   the slot where the recipient already has a parcel, if any
     */
    public String choose(boolean large, Optional<String> recipientsSlot, Map<String, Integer> fill) {
        if (!needsFill(large, recipientsSlot)) {
            return large && hasFloor() ? FLOOR : recipientsSlot.orElseThrow();
        }
        String best = null;
        int bestFill = Integer.MAX_VALUE;
        for (String slot : slots) {
            if (FLOOR.equals(slot)) {
                continue;
            }
            int f = fill.getOrDefault(slot, 0);
            if (f < bestFill) {
                best = slot;
                bestFill = f;
            }
        }
        return best == null ? FLOOR : best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShelfLayout other && slots.equals(other.slots);
    }

    @Override
    public int hashCode() {
        return slots.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
