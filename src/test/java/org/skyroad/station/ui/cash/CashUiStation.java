package org.skyroad.station.ui.cash;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.cash.CashMovementKind;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.report.Paper;
import org.skyroad.station.domain.report.PrintableDocument;
import org.skyroad.station.domain.staff.Actor;
import org.skyroad.station.domain.staff.Role;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.testsupport.MutableClock;
import org.skyroad.station.testsupport.TestStation;
import org.skyroad.station.ui.common.DataChanges;
import org.skyroad.station.ui.common.Printouts;
import org.skyroad.station.ui.common.SameThreadTaskExecutor;

/**
 * A real station for the cash screens' view-model tests: a clock the test moves, a manager
 * (dolkar, with a real password for countersignatures), an operator (tenzin) signed in, and a
 * printer that only remembers what it was given.
 */
final class CashUiStation implements AutoCloseable {

    /** 2026-11-20 18:00 in Lhasa. */
    static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    static final String PASSWORD = "counter-123";

    /** Printouts that keep the documents instead of printing them. */
    static final class RecordingPrintouts implements Printouts {
        final List<PrintableDocument> printed = new ArrayList<>();

        @Override
        public String print(PrintableDocument document) {
            printed.add(document);
            return "Printed " + document.kind() + ".";
        }

        @Override
        public String print(PrintableDocument document, Paper paper) {
            return print(document);
        }
    }

    final MutableClock clock = new MutableClock(START);
    final Actor dolkar;
    final Actor tenzin;
    final StationRuntime rt;
    final RecordingPrintouts printer = new RecordingPrintouts();
    int saved;

    CashUiStation(Path dir) {
        Messages.setLocale(Locale.ENGLISH);
        rt = TestStation.initialized(dir, clock);
        dolkar = rt.staff().add("dolkar", "Dolkar", Role.MANAGER, PASSWORD.toCharArray()).asActor();
        tenzin = new Actor(UUID.randomUUID(), "tenzin", "Tenzin", Role.OPERATOR);
        signIn("tenzin");
    }

    /** A second operator with a real password, for a countersignature an operator may not give. */
    void addPema() {
        Actor was = rt.session().actor().orElseThrow();
        TestStation.actAs(rt, Role.ADMIN);
        rt.staff().add("pema", "Pema", Role.OPERATOR, PASSWORD.toCharArray());
        rt.session().signIn(was);
    }

    /** Signs in without a password round trip (hashing is slow on purpose). */
    void signIn(String name) {
        rt.session().signIn("dolkar".equals(name) ? dolkar : tenzin);
    }

    CashScreens screens() {
        DataChanges changes = new DataChanges();
        changes.subscribe(() -> saved++);
        return new CashScreens(rt.cash(), rt.staff(), rt.session(), rt.reports(), rt.orders(), rt.settings(), clock,
                new SameThreadTaskExecutor(), changes, printer);
    }

    void book(CashMovementKind kind, String amount, String reason) {
        rt.cash().record(kind, Money.parse(amount), reason, null, null);
    }

    @Override
    public void close() {
        rt.close();
    }
}
