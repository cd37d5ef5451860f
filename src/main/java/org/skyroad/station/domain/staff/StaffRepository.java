package org.skyroad.station.domain.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface StaffRepository {

    Optional<StaffMember> findByUsername(Username username);

    Optional<StaffMember> findById(UUID id);

    List<StaffMember> all();

    long count();

    void insert(StaffMember member);

    /** Writes when the stored version is {@code member.version() - 1}; false otherwise. */
    boolean update(StaffMember member);
}
