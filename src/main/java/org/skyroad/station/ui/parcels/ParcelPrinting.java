package org.skyroad.station.ui.parcels;

import java.util.List;
import org.skyroad.station.domain.parcel.CarrierReturn;
import org.skyroad.station.domain.parcel.Parcel;
import org.skyroad.station.domain.parcel.VillageRun;
import org.skyroad.station.i18n.Messages;
import org.skyroad.station.service.ParcelDesk;

/**
 * What the parcel screens print: the pickup slip at check-in, a village's notice, a run sheet
 * and a carrier's return list. The reports part of the app provides the real one (slips as
 * PDF on the receipt printer); until then {@link #NONE} prints nothing and says so. Every
 * method runs off the UI thread and returns the sentence the screen shows afterwards.
 */
public interface ParcelPrinting {

    String slip(ParcelDesk.CheckInResult checkedIn);

    String notice(ParcelDesk.VillageNotice notice);

    String runSheet(VillageRun run, List<ParcelDesk.ParcelLine> parcels);

    String returnList(CarrierReturn carrierReturn, List<Parcel> parcels);

    /** Prints nothing: the screens still work and say that printing is not set up. */
    ParcelPrinting NONE = new ParcelPrinting() {
        @Override
        public String slip(ParcelDesk.CheckInResult checkedIn) {
            return Messages.get("parcelsui.print.notSetUp");
        }

        @Override
        public String notice(ParcelDesk.VillageNotice notice) {
            return Messages.get("parcelsui.print.notSetUp");
        }

        @Override
        public String runSheet(VillageRun run, List<ParcelDesk.ParcelLine> parcels) {
            return Messages.get("parcelsui.print.notSetUp");
        }

        @Override
        public String returnList(CarrierReturn carrierReturn, List<Parcel> parcels) {
            return Messages.get("parcelsui.print.notSetUp");
        }
    };
}
