package org.skyroad.station.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.common.ChangeLog.Operation;
import org.skyroad.station.domain.common.ConflictException;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.NotFoundException;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Permission;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.domain.staff.StaffMember;
import org.skyroad.station.domain.staff.StaffRepository;
import org.skyroad.station.domain.staff.Username;
import org.skyroad.station.domain.station.StationRepository;

/** Sign-in, lockout, and the admin's work on staff accounts. */
public final class StaffDirectory {

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final ServiceContext ctx;
    private final StaffRepository staff;
    private final StationRepository stations;
    private final PasswordHasher hasher;

    public StaffDirectory(ServiceContext ctx, StaffRepository staff, StationRepository stations,
                          PasswordHasher hasher) {
        this.ctx = ctx;
        this.staff = staff;
        this.stations = stations;
        this.hasher = hasher;
    }

    /**
     * Checks the password and signs the person in. Five wrong passwords in a row lock the
     * account for {@link #LOCK_DURATION}; while locked even the right password is refused.
     * The same sentence for an unknown name and a wrong password, so names cannot be guessed.
     */
    public Actor signIn(String username, char[] password) {
        Actor who = checkPassword(username, password, "staff.signin");
        ctx.session().signIn(who);
        return who;
    }

    /**
     * A second person signs at this screen with their own name and password, and must be
     * allowed {@code needed}; the person signed in stays signed in. Wrong passwords count
     * towards the same lock as at sign-in.
     */
    public Countersignature countersign(String username, char[] password, Permission needed) {
        ctx.session().require(Permission.COUNTER_WORK);
        Actor signer = checkPassword(username, password, "staff.countersign");
        if (!signer.role().allows(needed)) {
            throw new AccessDeniedException("error.countersign.notAllowed", signer.displayName(),
                    new org.skyroad.station.i18n.Messages.Key(
                    "permission." + needed.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return new Countersignature(signer);
    }

    private Actor checkPassword(String username, char[] password, String event) {
        Username name;
        try {
            name = Username.parse(username);
        } catch (InvalidInputException e) {
            throw new AccessDeniedException("error.signin.wrong");
        }
        Instant now = ctx.clock().instant();
        Outcome outcome = ctx.tx().inTransaction(() -> {
            StaffMember member = staff.findByUsername(name).orElse(null);
            if (member == null) {
                ctx.changes().event(event + ".unknown", "staff", name.value(), Map.of());
                return new Outcome(null, "error.signin.wrong", null);
            }
            if (!member.active()) {
                ctx.changes().event(event + ".inactive", "staff", name.value(), Map.of());
                return new Outcome(null, "error.signin.inactive", null);
            }
            if (member.isLockedAt(now)) {
                ctx.changes().event(event + ".locked", "staff", name.value(), Map.of());
                return new Outcome(null, "error.signin.locked", member.lockedUntil());
            }
            if (hasher.verify(password, member.passwordHash())) {
                if (member.failedAttempts() > 0 || member.lockedUntil() != null) {
                    staff.update(member.with(member.role(), member.passwordHash(), true, 0, null, now));
                }
                ctx.changes().event(event, "staff", name.value(), Map.of());
                return new Outcome(member.asActor(), null, null);
            }
            int failed = member.failedAttempts() + 1;
            Instant lockedUntil = failed >= MAX_FAILED_ATTEMPTS ? now.plus(LOCK_DURATION) : null;
            staff.update(member.with(member.role(), member.passwordHash(), true,
                    lockedUntil != null ? 0 : failed, lockedUntil, now));
            ctx.changes().event(event + ".failed", "staff", name.value(),
                    Map.of("failedAttempts", failed, "locked", lockedUntil != null));
            return lockedUntil != null
                    ? new Outcome(null, "error.signin.lockedNow", lockedUntil)
                    : new Outcome(null, "error.signin.wrong", null);
        });
        if (outcome.actor() == null) {
            if (outcome.lockedUntil() != null) {
                throw new AccessDeniedException(outcome.errorKey(), MAX_FAILED_ATTEMPTS, formatTime(outcome.lockedUntil()));
            }
            throw new AccessDeniedException(outcome.errorKey());
        }
        return outcome.actor();
    }

    private record Outcome(Actor actor, String errorKey, Instant lockedUntil) {
    }

    private String formatTime(Instant instant) {
        ZoneId zone = ctx.tx().read(() -> stations.find().map(s -> s.zone()).orElse(ZoneId.of("Asia/Shanghai")));
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(zone));
    }

    public void signOut() {
        ctx.session().actor().ifPresent(a -> ctx.tx().inTransaction(() ->
                ctx.changes().event("staff.signout", "staff", a.username(), Map.of())));
        ctx.session().signOut();
    }

    public List<StaffMember> list() {
        ctx.session().require(Permission.STAFF_MANAGE);
        return ctx.tx().read(staff::all);
    }

    public StaffMember add(String username, String displayName, Role role, char[] password) {
        ctx.session().require(Permission.STAFF_MANAGE);
        Username name = Username.parse(username);
        String display = StaffMember.checkDisplayName(displayName);
        if (role == null) {
            throw new InvalidInputException("error.staff.role", "");
        }
        String hash = hasher.hash(password);
        Instant now = ctx.clock().instant();
        return ctx.tx().inTransaction(() -> {
            if (staff.findByUsername(name).isPresent()) {
                throw new ConflictException("error.staff.usernameTaken", name.value());
            }
            StaffMember member = new StaffMember(UUID.randomUUID(), name, display, role, hash, true, 0, null, now, now, 1);
            staff.insert(member);
            ctx.changes().record("staff.create", "staff", member.id(), 1, Operation.CREATE, null, member.snapshot(), true);
            return member;
        });
    }

    public StaffMember changeRole(UUID staffId, Role role) {
        ctx.session().require(Permission.STAFF_MANAGE);
        return change(staffId, "staff.role", m -> {
            if (m.role() == Role.ADMIN && role != Role.ADMIN) {
                requireAnotherActiveAdmin(m);
            }
            return m.with(role, m.passwordHash(), m.active(), m.failedAttempts(), m.lockedUntil(), ctx.clock().instant());
        });
    }

    /** Sets a new password and lifts any lock. */
    public StaffMember resetPassword(UUID staffId, char[] newPassword) {
        ctx.session().require(Permission.STAFF_MANAGE);
        String hash = hasher.hash(newPassword);
        return change(staffId, "staff.password", m ->
                m.with(m.role(), hash, m.active(), 0, null, ctx.clock().instant()));
    }

    public StaffMember setActive(UUID staffId, boolean active) {
        ctx.session().require(Permission.STAFF_MANAGE);
        return change(staffId, active ? "staff.activate" : "staff.deactivate", m -> {
            if (!active) {
                if (ctx.session().actor().map(a -> m.id().equals(a.staffId())).orElse(false)) {
                    throw new ConflictException("error.staff.deactivateSelf");
                }
                if (m.role() == Role.ADMIN) {
                    requireAnotherActiveAdmin(m);
                }
            }
            return m.with(m.role(), m.passwordHash(), active, 0, null, ctx.clock().instant());
        });
    }

    private void requireAnotherActiveAdmin(StaffMember m) {
        long otherAdmins = staff.all().stream()
                .filter(s -> s.active() && s.role() == Role.ADMIN && !s.id().equals(m.id()))
                .count();
        if (otherAdmins == 0) {
            throw new ConflictException("error.staff.lastAdmin");
        }
    }

    private StaffMember change(UUID staffId, String action, java.util.function.UnaryOperator<StaffMember> edit) {
        return ctx.tx().inTransaction(() -> {
            StaffMember before = staff.findById(staffId)
                    .orElseThrow(() -> new NotFoundException("error.staff.notFound"));
            StaffMember after = edit.apply(before);
            if (!staff.update(after)) {
                throw new ConflictException("error.changedMeanwhile");
            }
            ctx.changes().record(action, "staff", after.id(), after.version(), Operation.UPDATE,
                    before.snapshot(), after.snapshot(), true);
            return after;
        });
    }
}
