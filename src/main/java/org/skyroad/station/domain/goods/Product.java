package org.skyroad.station.domain.goods;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.TextRules;

/**
 * A product of the local catalog: names in Chinese, Tibetan and English (at least one), its
 * category, the unit it is counted in, its grades with their standards, whether it is
 * perishable (with a shelf life) and needs the cold chain, and the station's commission.
 */
public record Product(UUID id, String code, String nameZh, String nameBo, String nameEn, GoodsCategory category,
                      GoodsUnit unit, boolean perishable, Integer shelfLifeDays, boolean coldChain,
                      Commission commission, List<Grade> grades, boolean active,
                      Instant createdAt, Instant updatedAt, long version) {

    public static final int NAME_MAX = 100;
    public static final int MAX_SHELF_LIFE_DAYS = 3650;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,23}");

    public Product {
        if (id == null) {
            throw new IllegalArgumentException("id is required");
        }
        code = checkCode(code);
        nameZh = GoodsText.optional(nameZh, NAME_MAX, "error.goods.nameTooLong");
        nameBo = GoodsText.optional(nameBo, NAME_MAX, "error.goods.nameTooLong");
        nameEn = GoodsText.optional(nameEn, NAME_MAX, "error.goods.nameTooLong");
        if (nameZh == null && nameBo == null && nameEn == null) {
            throw new InvalidInputException("error.goods.nameEmpty");
        }
        if (category == null) {
            throw new InvalidInputException("error.goods.category", "");
        }
        if (unit == null) {
            throw new InvalidInputException("error.goods.unit", "");
        }
        if (perishable) {
            if (shelfLifeDays == null || shelfLifeDays < 1 || shelfLifeDays > MAX_SHELF_LIFE_DAYS) {
                throw new InvalidInputException("error.goods.shelfLife", MAX_SHELF_LIFE_DAYS);
            }
        } else {
            shelfLifeDays = null;
        }
        commission = commission == null ? Commission.NONE : commission;
        grades = List.copyOf(grades == null ? List.of() : grades);
        Set<String> seen = new HashSet<>();
        for (Grade g : grades) {
            if (!seen.add(TextRules.searchKey(g.code()))) {
                throw new InvalidInputException("error.goods.gradeTwice", g.code());
            }
        }
    }

    public static String checkCode(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(' ', '-');
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInputException("error.goods.code", code == null ? "" : code);
        }
        return c;
    }

    /** The best-before day of goods made or harvested on {@code producedOn}; none when not perishable. */
    public Optional<LocalDate> bestBefore(LocalDate producedOn) {
        return perishable ? Optional.of(producedOn.plusDays(shelfLifeDays)) : Optional.empty();
    }

    public Optional<Grade> grade(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = TextRules.searchKey(code);
        return grades.stream().filter(g -> TextRules.searchKey(g.code()).equals(key)).findFirst();
    }

    /** The name in the language asked for, falling back to Chinese, then English, then Tibetan. */
    public String name(Locale locale) {
        String lang = locale == null ? "zh" : locale.getLanguage();
        String preferred = switch (lang) {
            case "bo" -> nameBo;
            case "en" -> nameEn;
            default -> nameZh;
        };
        if (preferred != null) {
            return preferred;
        }
        return nameZh != null ? nameZh : nameEn != null ? nameEn : nameBo;
    }

    /** The names a label and a list show: Chinese and English, e.g. "牦牛酥油 Yak butter". */
    public String displayName() {
        List<String> parts = new ArrayList<>();
        if (nameZh != null) {
            parts.add(nameZh);
        }
        if (nameEn != null) {
            parts.add(nameEn);
        }
        if (parts.isEmpty()) {
            parts.add(nameBo);
        }
        return String.join(" ", parts);
    }

    public String searchKey() {
        return TextRules.searchKey(String.join(" ", nameZh == null ? "" : nameZh, nameBo == null ? "" : nameBo,
                nameEn == null ? "" : nameEn, code));
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id.toString());
        m.put("code", code);
        m.put("nameZh", nameZh);
        m.put("nameBo", nameBo);
        m.put("nameEn", nameEn);
        m.put("category", category.name());
        m.put("unit", unit.name());
        m.put("perishable", perishable);
        m.put("shelfLifeDays", shelfLifeDays);
        m.put("coldChain", coldChain);
        m.put("commission", commission.snapshot());
        m.put("grades", grades.stream().map(Grade::snapshot).toList());
        m.put("active", active);
        m.put("createdAt", createdAt.toString());
        m.put("updatedAt", updatedAt.toString());
        m.put("version", version);
        return m;
    }
}
