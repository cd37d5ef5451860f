package org.skyroad.station.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.common.TextRules;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.villager.IdCardTail;
import org.skyroad.station.domain.villager.PersonName;
import org.skyroad.station.domain.villager.PhoneNumber;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.domain.villager.VillageRepository;
import org.skyroad.station.domain.villager.Villager;
import org.skyroad.station.domain.villager.VillagerDraft;
import org.skyroad.station.domain.villager.VillagerMatch;
import org.skyroad.station.domain.villager.VillagerMatch.MatchReason;
import org.skyroad.station.domain.villager.VillagerRepository;

/** Villagers and the station's villages: create, edit, find, and warn about duplicates. */
public final class VillagerRegistry {

    public static final int DEFAULT_LIMIT = 50;

    /** Thrown when a save looks like a villager the station already has. */
    public static final class LikelyDuplicateException extends ConflictException {
        private final transient List<VillagerMatch> matches;

        public LikelyDuplicateException(List<VillagerMatch> matches) {
            super("error.villager.likelyDuplicate", matches.get(0).villager().name().value());
            this.matches = List.copyOf(matches);
        }

        public List<VillagerMatch> matches() {
            return matches;
        }
    }

    private final ServiceContext ctx;
    private final VillagerRepository villagers;
    private final VillageRepository villages;

    public VillagerRegistry(ServiceContext ctx, VillagerRepository villagers, VillageRepository villages) {
        this.ctx = ctx;
        this.villagers = villagers;
        this.villages = villages;
    }

    /**
     * Finds villagers by whatever the person at the counter offers: the last four digits of a
     * phone, the whole phone, an ID-card tail, or a name (or village) in any script, by prefix
     * and by contained text. Best matches first; each villager once.
     */
    public List<VillagerMatch> find(String text, int limit) {
        ctx.session().require(Permission.VILLAGER_READ);
        String typed = TextRules.clean(text);
        if (typed == null || typed.isEmpty()) {
            return List.of();
        }
        int max = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, 500);
        return ctx.tx().read(() -> {
            Map<UUID, VillagerMatch> found = new LinkedHashMap<>();
            String compact = typed.replaceAll("[\\s\\-()]", "");
            boolean digits = compact.matches("\\+?[0-9]+");
            if (digits) {
                if (compact.length() == 4) {
                    addAll(found, villagers.findByPhoneTail(compact, max), max);
                }
                PhoneNumber phone = tryPhone(compact);
                if (phone != null) {
                    addAll(found, villagers.findByPhone(phone, max), max);
                }
            }
            if (IdCardTail.looksLikeTail(compact)) {
                addAll(found, villagers.findByIdTail(compact.toUpperCase(java.util.Locale.ROOT), max), max);
            }
            if (!digits) {
                String key = TextRules.searchKey(typed);
                if (!key.isEmpty()) {
                    addAll(found, villagers.findByName(key, max), max);
                    addAll(found, villagers.findByVillageName(key, max), max);
                }
            }
            return List.copyOf(found.values());
        });
    }

    private static PhoneNumber tryPhone(String compact) {
        try {
            return PhoneNumber.parseOptional(compact);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static void addAll(Map<UUID, VillagerMatch> found, List<VillagerMatch> more, int max) {
        for (VillagerMatch m : more) {
            if (found.size() >= max) {
                return;
            }
            found.putIfAbsent(m.villager().id(), m);
        }
    }

    public Villager get(UUID id) {
        ctx.session().require(Permission.VILLAGER_READ);
        return ctx.tx().read(() -> villagers.findById(id)
                .orElseThrow(() -> new NotFoundException("error.villager.notFound")));
    }

    /**
     * Villagers this draft may be the same person as: the same phone, or the same name in the
     * same village. {@code exceptId} leaves out the villager being edited.
     */
    public List<VillagerMatch> likelyDuplicates(VillagerDraft draft, UUID exceptId) {
        ctx.session().require(Permission.VILLAGER_READ);
        Checked c = check(draft);
        return ctx.tx().read(() -> duplicatesOf(c, exceptId));
    }

    private List<VillagerMatch> duplicatesOf(Checked c, UUID exceptId) {
        Map<UUID, VillagerMatch> found = new LinkedHashMap<>();
        if (c.phone() != null) {
            for (VillagerMatch m : villagers.findByPhone(c.phone(), 20)) {
                found.putIfAbsent(m.villager().id(), new VillagerMatch(m.villager(), m.villageName(), MatchReason.SAME_PHONE));
            }
        }
        if (c.villageId() != null) {
            for (VillagerMatch m : villagers.findByNameInVillage(c.name().searchKey(), c.villageId(), 20)) {
                found.putIfAbsent(m.villager().id(),
                        new VillagerMatch(m.villager(), m.villageName(), MatchReason.SAME_NAME_AND_VILLAGE));
            }
        }
        if (exceptId != null) {
            found.remove(exceptId);
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Saves a new villager. A likely duplicate is refused with the matches unless the operator
     * has seen them and confirmed this is another person.
     */
    public Villager create(VillagerDraft draft, boolean duplicateConfirmed) {
        ctx.session().require(Permission.VILLAGER_EDIT);
        Checked c = check(draft);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            requireVillage(c.villageId());
            if (!duplicateConfirmed) {
                List<VillagerMatch> dups = duplicatesOf(c, null);
                if (!dups.isEmpty()) {
                    throw new LikelyDuplicateException(dups);
                }
            }
            Villager v = new Villager(UUID.randomUUID(), c.name(), c.phone(), c.villageId(), c.idTail(),
                    draft.household(), draft.notes(), draft.consentPickup(), draft.consentDelivery(), now, now, 1);
            villagers.insert(v);
            ctx.changes().record("villager.create", "villager", v.id(), 1, Operation.CREATE, null, v.snapshot(), true);
            return v;
        });
    }

    /** Creates many villagers in one transaction (demo data, imports), each with its audit and outbox rows. */
    public int createAll(List<VillagerDraft> drafts) {
        ctx.session().require(Permission.VILLAGER_EDIT);
        List<Checked> checked = drafts.stream().map(this::check).toList();
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            for (int i = 0; i < checked.size(); i++) {
                Checked c = checked.get(i);
                VillagerDraft d = drafts.get(i);
                Villager v = new Villager(UUID.randomUUID(), c.name(), c.phone(), c.villageId(), c.idTail(),
                        d.household(), d.notes(), d.consentPickup(), d.consentDelivery(), now, now, 1);
                villagers.insert(v);
                ctx.changes().record("villager.create", "villager", v.id(), 1, Operation.CREATE, null, v.snapshot(), true);
            }
            return checked.size();
        });
    }

    public Villager update(UUID id, long expectedVersion, VillagerDraft draft, boolean duplicateConfirmed) {
        ctx.session().require(Permission.VILLAGER_EDIT);
        Checked c = check(draft);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            Villager before = villagers.findById(id).orElseThrow(() -> new NotFoundException("error.villager.notFound"));
            if (before.version() != expectedVersion) {
                throw new ConflictException("error.changedMeanwhile");
            }
            requireVillage(c.villageId());
            if (!duplicateConfirmed) {
                List<VillagerMatch> dups = duplicatesOf(c, id);
                if (!dups.isEmpty()) {
                    throw new LikelyDuplicateException(dups);
                }
            }
            Villager after = new Villager(id, c.name(), c.phone(), c.villageId(), c.idTail(), draft.household(),
                    draft.notes(), draft.consentPickup(), draft.consentDelivery(), before.createdAt(), now,
                    before.version() + 1);
            if (!villagers.update(after)) {
                throw new ConflictException("error.changedMeanwhile");
            }
            ctx.changes().record("villager.update", "villager", id, after.version(), Operation.UPDATE,
                    before.snapshot(), after.snapshot(), true);
            return after;
        });
    }

    public List<Village> villages() {
        ctx.session().require(Permission.VILLAGER_READ);
        return ctx.tx().read(villages::all);
    }

    /** Adds a village to the station's list; a name already there is refused. */
    public Village addVillage(String name) {
        ctx.session().require(Permission.VILLAGE_EDIT);
        String cleaned = Village.checkName(name);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            if (villages.findByName(TextRules.searchKey(cleaned)).isPresent()) {
                throw new ConflictException("error.village.exists", cleaned);
            }
            Village v = new Village(UUID.randomUUID(), cleaned, now, 1);
            villages.insert(v);
            ctx.changes().record("village.create", "village", v.id(), 1, Operation.CREATE, null, v.snapshot(), true);
            return v;
        });
    }

    public Village renameVillage(UUID id, String newName) {
        ctx.session().require(Permission.VILLAGE_EDIT);
        String cleaned = Village.checkName(newName);
        return ctx.tx().inTransaction(() -> {
            Village before = villages.findById(id).orElseThrow(() -> new NotFoundException("error.village.notFound"));
            villages.findByName(TextRules.searchKey(cleaned)).filter(o -> !o.id().equals(id)).ifPresent(o -> {
                throw new ConflictException("error.village.exists", cleaned);
            });
            Village after = new Village(id, cleaned, before.createdAt(), before.version() + 1);
            if (!villages.update(after)) {
                throw new ConflictException("error.changedMeanwhile");
            }
            ctx.changes().record("village.rename", "village", id, after.version(), Operation.UPDATE,
                    before.snapshot(), after.snapshot(), true);
            return after;
        });
    }

    public long count() {
        ctx.session().require(Permission.VILLAGER_READ);
        return ctx.tx().read(villagers::count);
    }

    private void requireVillage(UUID villageId) {
        if (villageId != null && villages.findById(villageId).isEmpty()) {
            throw new NotFoundException("error.village.notFound");
        }
    }

    private record Checked(PersonName name, PhoneNumber phone, IdCardTail idTail, UUID villageId) {
    }

    private Checked check(VillagerDraft d) {
        if (d == null) {
            throw new InvalidInputException("error.villager.nameEmpty");
        }
        return new Checked(new PersonName(d.name()), PhoneNumber.parseOptional(d.phone()),
                IdCardTail.parseOptional(d.idTail()), d.villageId());
    }
}
