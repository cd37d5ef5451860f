package org.skyroad.station.service;

import java.time.Clock;
import org.skyroad.station.domain.common.ChangeLog;
import org.skyroad.station.domain.common.Transactions;

/** What every service needs to write safely: transactions, the change log, who, and when. */
public record ServiceContext(Transactions tx, ChangeLog changes, SessionContext session, Clock clock) {
}
