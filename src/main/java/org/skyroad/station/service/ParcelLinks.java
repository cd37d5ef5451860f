package org.skyroad.station.service;

/**
 * What the parcel desk tells the rest of the counter, inside its own transactions: an arriving
 * parcel marks its assisted order arrived, a handover marks it collected, and cash taken for a
 * parcel (cash on delivery, storage and send-out fees) goes into the cash drawer. Either part
 * may be absent (tests of the parcel desk alone).
 */
public record ParcelLinks(OrderDesk orders, CashDrawer cash) {

    public static final ParcelLinks NONE = new ParcelLinks(null, null);
}
