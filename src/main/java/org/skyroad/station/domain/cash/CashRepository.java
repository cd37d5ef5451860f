package org.skyroad.station.domain.cash;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skyroad.station.domain.common.Money;

/**
 * The drawer's movements and closes. One drawer row holds the running total and the state of
 * the last close; every movement and close updates it in the writer's transaction, so
 * writers take turns, numbers have no gaps, and the expected balance is read without summing a
 * year of movements.
 */
public interface CashRepository {

    DrawerState drawer();

    /** Inserts the movement with the next number and adds it to the running total; returns the number. */
    long append(CashMovement movement);

    /** Inserts many movements in order (demo data, benchmarks). */
    void appendAll(List<CashMovement> movements);

    Optional<CashMovement> findMovement(UUID id);

    Optional<CashMovement> findReversalOf(UUID movementId);

    List<CashMovement> movements(long fromSeq, long toSeq);

    List<CashMovement> movementsOn(LocalDate day);

    List<CashMovement> movementsFor(String referenceEntity, UUID referenceId);

    /** The signed sum of the movements {@code fromSeq..toSeq}, counted from the movements themselves. */
    Money sum(long fromSeq, long toSeq);

    /** The signed sum of every movement of one reference (an order): what its paid total must be. */
    Money sumFor(String referenceEntity, UUID referenceId);

    long count();

    /**
     * Inserts the close and makes it the drawer's last close, when the drawer's last close is
     * still {@code previousCloseId} (null: none yet); false when another close came first.
     */
    boolean insertClose(DailyClose close, UUID previousCloseId);

    /** Writes the co-signature when the stored version is {@code close.version() - 1}; false otherwise. */
    boolean updateClose(DailyClose close);

    Optional<DailyClose> findClose(UUID id);

    Optional<DailyClose> lastClose();

    List<DailyClose> closesBetween(LocalDate from, LocalDate to);

    List<DailyClose> awaitingManager();

    List<CashDayTotal> totalsByDay(LocalDate from, LocalDate to);
}
