package org.skyroad.station.domain.station;

import java.util.Optional;

public interface StationRepository {

    Optional<Station> find();

    void insert(Station station);

    /** Writes the new state when the stored version is one less; false otherwise. */
    boolean update(Station station);

    Optional<String> setting(String key);

    void putSetting(String key, String value);
}
