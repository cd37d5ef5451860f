package org.skyroad.station.domain.goods;

import java.time.Instant;
import java.util.UUID;

/**
 * A repack link: {@code quantity} of the parent went into the child. A split child has one
 * parent; a merged lot has one link per source lot. {@code at} is when the child was made.
 */
public record LotLink(UUID parentId, LotCode parentCode, UUID childId, LotCode childCode, Quantity quantity,
                      LotOrigin kind, Instant at) {
}
