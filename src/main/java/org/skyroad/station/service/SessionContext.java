package org.skyroad.station.service;

import java.util.Optional;
import org.skyroad.station.domain.common.AccessDeniedException;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Permission;

/**
 * Who is working at this station right now. Every service call checks its permission here,
 * so a hidden button is never the only guard.
 */
public final class SessionContext {

    private volatile Actor actor;

    public SessionContext() {
    }

    public SessionContext(Actor actor) {
        this.actor = actor;
    }

    public Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }

    public void signIn(Actor who) {
        this.actor = who;
    }

    public void signOut() {
        this.actor = null;
    }

    /** The signed-in actor allowed to do {@code permission}; refuses with a sentence otherwise. */
    public Actor require(Permission permission) {
        Actor who = actor;
        if (who == null) {
            throw new AccessDeniedException("error.access.notSignedIn");
        }
        if (!who.role().allows(permission)) {
            throw new AccessDeniedException("error.access.denied", who.displayName(),
                    new org.skyroad.station.i18n.Messages.Key(
                    "permission." + permission.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return who;
    }

    /** The actor to record in the audit log: the signed-in person or, before anyone is, "setup". */
    public Actor auditActor() {
        Actor who = actor;
        return who != null ? who : Actor.system("setup");
    }
}
