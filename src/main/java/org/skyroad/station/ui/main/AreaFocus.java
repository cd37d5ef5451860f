package org.skyroad.station.ui.main;

/**
 * An area's node may hold a {@code Runnable} under {@link #KEY} in its properties: run when
 * the area is opened, to put the cursor where the operator starts typing.
 */
public final class AreaFocus {

    public static final String KEY = "skyroad.area.focus";

    private AreaFocus() {
    }
}
