package org.skyroad.station.domain.report;

import java.time.YearMonth;
import java.time.ZoneId;

/** Computes the county report at the hub from the station data its batches brought in. */
public interface CountyFiguresSource {

    CountyFigures county(String hubCode, String hubName, YearMonth month, ZoneId zone);
}
