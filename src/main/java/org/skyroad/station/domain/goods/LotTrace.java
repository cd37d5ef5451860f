package org.skyroad.station.domain.goods;

import java.util.List;

/**
 * A lot's whole history, as a trace screen or {@code skyroad lot trace} shows it: the lot,
 * its product and producer, every lot it came from through splits and merges ({@code sources},
 * recursively), every lot made from it ({@code derived}), and the events of all of them in time
 * order.
 */
public record LotTrace(Lot lot, Product product, Producer producer, String village, List<Lot> sources,
                       List<Lot> derived, List<TraceEvent> events) {

    public LotTrace {
        sources = List.copyOf(sources);
        derived = List.copyOf(derived);
        events = List.copyOf(events);
    }
}
