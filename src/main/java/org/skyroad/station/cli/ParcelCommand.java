package org.skyroad.station.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.skyroad.station.bootstrap.StationRuntime;
import org.skyroad.station.domain.common.InvalidInputException;
import org.skyroad.station.domain.common.Money;
import org.skyroad.station.domain.parcel.Carrier;
import org.skyroad.station.domain.parcel.CarrierRules;
import org.skyroad.station.domain.parcel.Manifest;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.ParcelSettings;
import org.skyroad.station.domain.parcel.ParcelTags;
import org.skyroad.station.domain.parcel.Reconciliation;
import org.skyroad.station.domain.parcel.StorageFeeRule;
import org.skyroad.station.service.ParcelDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code skyroad parcel}: the parcel desk headless. Scripted check-in from a scanner log, a
 * quick lookup, and the daily reconciliation with a carrier's manifest file. The work is
 * recorded as done by the station's own command-line account ({@code cli}).
 */
@Command(name = "parcel", description = "Incoming parcels: check in, find, reconcile a carrier's manifest.",
        subcommands = {ParcelCommand.CheckIn.class, ParcelCommand.Find.class, ParcelCommand.ManifestCheck.class,
            ParcelCommand.SettingsCommand.class})
public final class ParcelCommand {

    /** Exit code of {@code manifest} when parcels are missing or extra. */
    public static final int DIFFERENCES = 1;

    @ParentCommand
    SkyroadCommand root;

    /** Opens the station and signs the command-line account in. */
    StationRuntime open() {
        return Headless.open(root.database());
    }

    static String describe(Parcel p) {
        return String.format(Locale.ROOT, "%s  %s  slot %s  code %s  %s", p.tracking(), p.carrier().code(), p.slot(),
                p.pickupCode(), p.status().name().toLowerCase(Locale.ROOT));
    }

    @Command(name = "checkin", description = "Check a parcel in; prints its shelf slot and pickup code.")
    static final class CheckIn implements Callable<Integer> {

        @ParentCommand
        ParcelCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TRACKING", description = "The tracking number as scanned.")
        String tracking;

        @Option(names = "--carrier", paramLabel = "C", description = "sf, jd, ems, china_post, yto, zto, sto, yunda, jt, other.")
        String carrier;

        @Option(names = "--phone", paramLabel = "P", description = "The recipient's phone (or its last 4 digits) on the label.")
        String phone;

        @Option(names = "--name", paramLabel = "NAME", description = "The recipient's name on the label.")
        String name;

        @Option(names = "--large", description = "Too large for a shelf: put on the floor area.")
        boolean large;

        @Override
        public Integer call() {
            Carrier c = carrier == null ? null : Carrier.parse(carrier);
            ParcelTags tags = large ? ParcelTags.NONE.withLarge(true) : ParcelTags.NONE;
            try (StationRuntime rt = parent.open()) {
                ParcelDesk.CheckInResult r = rt.parcels().checkIn(new ParcelDesk.CheckIn(tracking, c, phone, name, null, tags));
                PrintWriter out = spec.commandLine().getOut();
                Parcel p = r.parcel();
                out.printf("Checked in %s (%s): slot %s, pickup code %s%n", p.tracking(), p.carrier().chineseName(),
                        p.slot(), p.pickupCode());
                if (r.match().isMatched()) {
                    out.printf("Recipient: %s (%s)%s%n", r.match().villager().name(), r.match().kind().name().toLowerCase(Locale.ROOT),
                            r.consentPickup() ? "" : "  WARNING: no consent to keep parcels at the station");
                } else if (!r.match().candidates().isEmpty()) {
                    out.printf("Recipient not sure: %s%n", r.match().candidates().stream()
                            .map(m -> m.villager().name().value()).collect(Collectors.joining(", ")));
                } else {
                    out.println("Recipient not found: the parcel is on the unmatched list.");
                }
                return SkyroadCommand.OK;
            }
        }
    }

    @Command(name = "find", description = "Find parcels by pickup code, phone tail, phone or tracking number.")
    static final class Find implements Callable<Integer> {

        @ParentCommand
        ParcelCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TEXT")
        String text;

        @Override
        public Integer call() {
            try (StationRuntime rt = parent.open()) {
                List<ParcelDesk.ParcelLine> found = rt.parcels().find(text);
                PrintWriter out = spec.commandLine().getOut();
                for (ParcelDesk.ParcelLine line : found) {
                    out.printf("%s  %s %s%n", describe(line.parcel()), line.maskedName(), line.maskedPhone());
                }
                out.printf("%d parcel(s)%n", found.size());
                return SkyroadCommand.OK;
            }
        }
    }

    @Command(name = "manifest", description = "Reconcile a carrier's manifest (CSV of tracking numbers) with the day's check-ins."
            + " Exit 1 when parcels are missing or extra.")
    static final class ManifestCheck implements Callable<Integer> {

        @ParentCommand
        ParcelCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.csv")
        Path file;

        @Option(names = "--carrier", paramLabel = "C", description = "The carrier (default: recognised from the numbers).")
        String carrier;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day of check-in (default: today).")
        String date;

        @Override
        public Integer call() {
            Manifest manifest = Manifest.parseCsv(read(file));
            Carrier c = carrier != null ? Carrier.parse(carrier) : carrierOf(manifest);
            try (StationRuntime rt = parent.open()) {
                LocalDate day = date != null ? parseDate(date)
                        : LocalDate.ofInstant(rt.clock().instant(), rt.settings().station().zone());
                Reconciliation r = rt.parcels().reconcile(day, c, manifest);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%s %s: %d received, %d on the manifest%n", r.date(), r.carrier().code(), r.received(),
                        r.onManifest());
                out.printf("Missing (%d):%n", r.missing().size());
                r.missing().forEach(t -> out.println("  " + t));
                out.printf("Extra (%d):%n", r.extra().size());
                r.extra().forEach(t -> out.println("  " + t));
                return r.isBalanced() ? SkyroadCommand.OK : DIFFERENCES;
            }
        }

        private static Carrier carrierOf(Manifest m) {
            Set<Carrier> found = m.trackingNumbers().stream().map(t -> CarrierRules.recognise(t).carrier())
                    .filter(c -> c != Carrier.UNKNOWN).collect(Collectors.toSet());
            if (found.size() != 1) {
                throw new InvalidInputException("error.parcel.manifestCarrier");
            }
            return found.iterator().next();
        }

        private static LocalDate parseDate(String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("error.parcel.date", text);
            }
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | SecurityException e) {
                throw new InvalidInputException("error.parcel.manifestUnreadable", file);
            }
        }
    }

    @Command(name = "settings", description = "Show or change the shelf layout, the reminder and return days and the"
            + " storage fee rule; with no option, prints them.")
    static final class SettingsCommand implements Callable<Integer> {

        @ParentCommand
        ParcelCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--shelves", paramLabel = "LAYOUT", description = "e.g. \"A-01..A-40, B-01..B-20, FLOOR\".")
        String shelves;

        @Option(names = "--remind-days", paramLabel = "N", description = "Days a parcel waits before a reminder (default 3).")
        Integer remindDays;

        @Option(names = "--return-days", paramLabel = "N", description = "Days before it is proposed for return (default 14).")
        Integer returnDays;

        @Option(names = "--fee-free-days", paramLabel = "N", description = "Storage fee: days kept free.")
        Integer feeFreeDays;

        @Option(names = "--fee-per-day", paramLabel = "YUAN", description = "Storage fee per day after the free days.")
        String feePerDay;

        @Option(names = "--fee-cap", paramLabel = "YUAN", description = "Storage fee at most (0: no cap).")
        String feeCap;

        @Option(names = "--no-fee", description = "Switch the storage fee off.")
        boolean noFee;

        @Override
        public Integer call() {
            try (StationRuntime rt = parent.open()) {
                ParcelSettings now = rt.parcels().settings();
                if (shelves != null || remindDays != null || returnDays != null) {
                    now = rt.parcels().updateSettings(shelves != null ? shelves : now.shelves().text(),
                            remindDays != null ? remindDays : now.remindDays(),
                            returnDays != null ? returnDays : now.returnDays());
                }
                if (noFee) {
                    now = rt.parcels().updateFeeRule(StorageFeeRule.NONE);
                } else if (feeFreeDays != null || feePerDay != null || feeCap != null) {
                    StorageFeeRule fee = now.fee();
                    now = rt.parcels().updateFeeRule(new StorageFeeRule(
                            feeFreeDays != null ? feeFreeDays : fee.freeDays(),
                            feePerDay != null ? Money.parse(feePerDay) : fee.perDay(),
                            feeCap != null ? Money.parse(feeCap) : fee.cap()));
                }
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Shelves: %s%n", now.shelves().text());
                out.printf("Reminder after %d days, return proposed after %d days%n", now.remindDays(), now.returnDays());
                StorageFeeRule fee = now.fee();
                if (fee.isCharged()) {
                    out.printf("Storage fee: %d days free, then %s a day%s%n", fee.freeDays(), fee.perDay(),
                            fee.cap().fen() > 0 ? ", at most " + fee.cap() : "");
                } else {
                    out.println("Storage fee: none");
                }
                return SkyroadCommand.OK;
            }
        }
    }
}
