package org.skyroad.station.ui.printing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skyroad.station.domain.parcel.CarrierReturn;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.VillageRun;
import org.skyroad.station.domain.report.CarrierReturnList;
import org.skyroad.station.domain.report.PickupSlip;
import org.skyroad.station.domain.report.RunSheet;
import org.skyroad.station.domain.report.StationHeader;
import org.skyroad.station.domain.report.VillageNoticeList;
import org.skyroad.station.domain.villager.PersonName;
import org.skyroad.station.domain.villager.Village;
import org.skyroad.station.service.ParcelDesk;
import org.skyroad.station.service.ReportDesk;
import org.skyroad.station.service.VillagerRegistry;
import org.skyroad.station.ui.common.Printouts;
import org.skyroad.station.ui.parcels.ParcelPrinting;
import org.skyroad.station.ui.parcels.ParcelText;

/**
 * The parcel screens' papers, filled from what the screens hold and printed through
 * {@link Printouts}: the pickup slip (receipt roll), the village notice (roll or A4), the run
 * sheet (A4) and the carrier's return list (roll or A4). Names and phones are masked wherever
 * the paper may be seen by others; the run sheet keeps the full name so the driver finds the person.
 */
public final class ParcelPrintouts implements ParcelPrinting {

    private final ReportDesk reports;
    private final VillagerRegistry villagers;
    private final Printouts printouts;

    public ParcelPrintouts(ReportDesk reports, VillagerRegistry villagers, Printouts printouts) {
        this.reports = reports;
        this.villagers = villagers;
        this.printouts = printouts;
    }

    @Override
    public String slip(ParcelDesk.CheckInResult checkedIn) {
        Parcel p = checkedIn.parcel();
        ParcelDesk.ParcelLine line = new ParcelDesk.ParcelLine(p, checkedIn.match().villager(), villageName(p.villageId()));
        PickupSlip slip = new PickupSlip(header(), p.pickupCode() == null ? "" : p.pickupCode().toString(), p.slot(),
                p.tracking().value(), ParcelText.carrier(p.carrier()), line.maskedName(), line.maskedPhone(),
                line.villageName(), p.receivedAt(), p.tags() == null ? null : p.tags().cashOnDelivery(), null);
        return printouts.print(slip);
    }

    @Override
    public String notice(ParcelDesk.VillageNotice notice) {
        List<VillageNoticeList.Line> lines = notice.lines().stream()
                .map(l -> new VillageNoticeList.Line(l.maskedName(), l.maskedPhone(),
                        l.parcel().pickupCode() == null ? "" : l.parcel().pickupCode().toString(),
                        ParcelText.carrier(l.parcel().carrier()), l.parcel().receivedDate()))
                .toList();
        return printouts.print(new VillageNoticeList(header(), notice.village().name(), notice.date(), lines));
    }

    @Override
    public String runSheet(VillageRun run, List<ParcelDesk.ParcelLine> parcels) {
        String destination = run.villageId() != null ? villageName(run.villageId()) : null;
        if (run.route() != null) {
            destination = destination == null ? run.route() : destination + " / " + run.route();
        }
        List<RunSheet.Line> lines = parcels.stream().map(l -> new RunSheet.Line(l.parcel().tracking().value(),
                fullName(l), l.maskedPhone(), l.villageName(), l.parcel().slot(),
                l.parcel().tags() == null ? null : l.parcel().tags().cashOnDelivery())).toList();
        return printouts.print(new RunSheet(header(), run.runDate(), destination, run.createdBy(), lines));
    }

    @Override
    public String returnList(CarrierReturn carrierReturn, List<Parcel> parcels) {
        List<CarrierReturnList.Line> lines = parcels.stream().map(p -> new CarrierReturnList.Line(p.tracking().value(),
                p.labelName() == null ? "" : new PersonName(p.labelName()).masked(), receivedOn(p), p.slot())).toList();
        return printouts.print(new CarrierReturnList(header(), ParcelText.carrier(carrierReturn.carrier()),
                carrierReturn.at(), carrierReturn.staffName(), lines));
    }

    private StationHeader header() {
        return reports.stationHeader();
    }

    private static LocalDate receivedOn(Parcel p) {
        return p.receivedDate();
    }

    private static String fullName(ParcelDesk.ParcelLine l) {
        if (l.recipient() != null) {
            return l.recipient().name().value();
        }
        return l.parcel().labelName() == null ? "" : l.parcel().labelName();
    }

    private String villageName(UUID villageId) {
        if (villageId == null) {
            return "";
        }
        Map<UUID, String> names = villagers.villages().stream()
                .collect(Collectors.toMap(Village::id, Village::name, (a, b) -> a));
        return names.getOrDefault(villageId, "");
    }
}
