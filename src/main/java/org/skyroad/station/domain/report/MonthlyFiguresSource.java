package org.skyroad.station.domain.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/** Computes a station's report figures from its own records; call inside a read transaction. */
public interface MonthlyFiguresSource {

    /** The month's figures; {@code zone} gives the local days the month is made of. */
    MonthlyFigures monthly(String stationCode, String stationName, YearMonth month, ZoneId zone);

    /** One local day's parcels and cash, for the daily close report. */
    DailyFigures daily(LocalDate day, ZoneId zone);
}
