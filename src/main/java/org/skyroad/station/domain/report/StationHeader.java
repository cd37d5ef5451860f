package org.skyroad.station.domain.report;

import java.time.ZoneId;

/** The station as a paper names it: code, name, phone (may be null) and the zone its times are shown in. */
public record StationHeader(String code, String name, String phone, ZoneId zone) {

    public StationHeader {
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
    }
}
