package org.skyroad.station.service;

import org.skyroad.station.domain.staff.Actor;

/**
 * A second person's signature, given at the same screen by typing their own name and
 * password (a manager co-signing a close). Only {@link StaffDirectory#countersign} makes one,
 * after checking the password, so a service that receives it knows who signed.
 */
public final class Countersignature {

    private final Actor signer;

    Countersignature(Actor signer) {
        this.signer = signer;
    }

    public Actor signer() {
        return signer;
    }
}
