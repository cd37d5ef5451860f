package org.skyroad.station.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.order.CatalogItem;
import org.skyroad.station.domain.order.ItemCategory;
import org.skyroad.station.domain.order.Platform;
import org.skyroad.station.domain.order.OrderCatalogRepository;
import org.skyroad.station.domain.staff.Permission;

/**
 * The catalog of items the station often orders. Counter staff keep it: add, edit, switch
 * off. Items are found by any part of their name; picking one fills an order line.
 */
public final class OrderCatalog {

    public static final String ENTITY = "order_catalog_item";
    public static final int DEFAULT_LIMIT = 50;

    private final ServiceContext ctx;
    private final OrderCatalogRepository items;

    public OrderCatalog(ServiceContext ctx, OrderCatalogRepository items) {
        this.ctx = ctx;
        this.items = items;
    }

    /** Active items whose name starts with (first) or contains the text; the whole catalog for no text. */
    public List<CatalogItem> search(String text, int limit) {
        ctx.session().require(Permission.COUNTER_WORK);
        int max = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, 500);
        String key = TextRules.searchKey(TextRules.clean(text));
        return ctx.tx().read(() -> items.search(key, max));
    }

    public CatalogItem get(UUID id) {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(() -> items.findById(id).orElseThrow(() -> new NotFoundException("error.order.catalogNotFound")));
    }

    public CatalogItem add(CatalogItem.Draft draft) {
        return addAll(List.of(draft)).get(0);
    }

    /** Adds many items in one transaction (a list brought from the hub, demo data). */
    public List<CatalogItem> addAll(List<CatalogItem.Draft> drafts) {
        ctx.session().require(Permission.COUNTER_WORK);
        Instant now = ctx.clock().instant();
        List<CatalogItem> made = drafts.stream().map(d -> {
            if (d == null) {
                throw new InvalidInputException("error.order.itemEmpty");
            }
            return new CatalogItem(UUID.randomUUID(), d.name(), d.platform(), d.link(), d.usualPrice(), d.category(),
                    true, now, now, 1);
        }).toList();
        return ctx.tx().inTransaction(() -> {
            for (CatalogItem i : made) {
                ctx.changes().record("order.catalog.create", ENTITY, i.id(), 1, Operation.CREATE, null, i.snapshot(), true);
                items.insert(i);
            }
            return made;
        });
    }

    public CatalogItem update(UUID id, long expectedVersion, CatalogItem.Draft draft) {
        ctx.session().require(Permission.COUNTER_WORK);
        if (draft == null) {
            throw new InvalidInputException("error.order.itemEmpty");
        }
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            CatalogItem before = current(id, expectedVersion);
            CatalogItem after = new CatalogItem(id, draft.name(), draft.platform(), draft.link(), draft.usualPrice(),
                    draft.category(), before.active(), before.createdAt(), now, before.version() + 1);
            return write("order.catalog.update", before, after);
        });
    }

    /** Switches an item off (or on again); old orders keep pointing to it. */
    public CatalogItem setActive(UUID id, long expectedVersion, boolean active) {
        ctx.session().require(Permission.COUNTER_WORK);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            CatalogItem b = current(id, expectedVersion);
            CatalogItem after = new CatalogItem(id, b.name(), b.platform(), b.link(), b.usualPrice(), b.category(),
                    active, b.createdAt(), now, b.version() + 1);
            return write(active ? "order.catalog.activate" : "order.catalog.deactivate", b, after);
        });
    }

    public long countActive() {
        ctx.session().require(Permission.COUNTER_WORK);
        return ctx.tx().read(items::countActive);
    }

    // ---------------------------------------------------------------- from the county hub

    /**
     * A county catalog item brought by a return batch (inside the import's transaction): the
     * hub owns every field of its items, and a DELETE switches the item off. False when a
     * price or switch-off names an item this station never received.
     */
    public boolean applyHubItem(SyncUpdate u) {
        ctx.session().require(Permission.SYNC);
        Map<String, Object> p = u.payload();
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Optional<CatalogItem> before = items.findById(u.entityId());
            if (u.operation() == Operation.DELETE) {
                if (before.isEmpty()) {
                    return false;
                }
                CatalogItem b = before.get();
                write("order.catalog.hub", b, new CatalogItem(b.id(), b.name(), b.platform(), b.link(), b.usualPrice(),
                        b.category(), false, b.createdAt(), now, b.version() + 1));
                return true;
            }
            Boolean active = HubUpdates.flag(p, "active");
            CatalogItem after = new CatalogItem(u.entityId(), HubUpdates.requiredText(p, "name"),
                    HubUpdates.enumValue(Platform.class, p, "platform") == null ? before.map(CatalogItem::platform)
                            .orElseThrow(() -> new InvalidInputException("error.sync.fieldMissing", "platform"))
                            : HubUpdates.enumValue(Platform.class, p, "platform"),
                    HubUpdates.text(p, "link"), Money.ofFen(HubUpdates.requiredNumber(p, "usualPriceFen")),
                    HubUpdates.enumValue(ItemCategory.class, p, "category") == null ? ItemCategory.OTHER
                            : HubUpdates.enumValue(ItemCategory.class, p, "category"),
                    active == null || active, before.map(CatalogItem::createdAt).orElse(now), now,
                    before.map(b -> b.version() + 1).orElse(1L));
            if (before.isEmpty()) {
                ctx.changes().record("order.catalog.hub", ENTITY, after.id(), 1, Operation.CREATE, null, after.snapshot(), true);
                items.insert(after);
            } else {
                write("order.catalog.hub", before.get(), after);
            }
            return true;
        });
    }

    /** A county price for a catalog item; false when the item is not here (its item update comes first). */
    public boolean applyHubPrice(SyncUpdate u) {
        ctx.session().require(Permission.SYNC);
        Money price = Money.ofFen(HubUpdates.requiredNumber(u.payload(), "usualPriceFen"));
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Optional<CatalogItem> before = items.findById(u.entityId());
            if (before.isEmpty()) {
                return false;
            }
            CatalogItem b = before.get();
            write("order.catalog.hubPrice", b, new CatalogItem(b.id(), b.name(), b.platform(), b.link(), price,
                    b.category(), b.active(), b.createdAt(), now, b.version() + 1));
            return true;
        });
    }

    private CatalogItem current(UUID id, long expectedVersion) {
        CatalogItem b = items.findById(id).orElseThrow(() -> new NotFoundException("error.order.catalogNotFound"));
        if (b.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        return b;
    }

    private CatalogItem write(String action, CatalogItem before, CatalogItem after) {
        ctx.changes().record(action, ENTITY, after.id(), after.version(), Operation.UPDATE, before.snapshot(),
                after.snapshot(), true);
        if (!items.update(after)) {
            throw new ConflictException("error.changedMeanwhile");
        }
        return after;
    }
}
