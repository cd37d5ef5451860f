package org.skyroad.station.domain.goods;

import java.util.List;

/** What a manager types for a new or changed product of the local catalog, before it is checked. */
public record ProductDraft(String code, String nameZh, String nameBo, String nameEn, GoodsCategory category,
                           GoodsUnit unit, boolean perishable, Integer shelfLifeDays, boolean coldChain,
                           Commission commission, List<Grade> grades) {
}
