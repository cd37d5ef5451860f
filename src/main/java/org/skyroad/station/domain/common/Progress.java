package org.skyroad.station.domain.common;

/** Reports how far long work has come and lets the person who started it cancel it. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String what) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String what);

    boolean isCancelled();
}
