package org.skyroad.station.domain.parcel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.skyroad.station.domain.common.InvalidInputException;

/**
 * What a carrier says it handed over on a day: either just a count the driver typed or wrote
 * on the sheet, or the tracking numbers of its manifest file.
 */
public record Manifest(OptionalInt count, List<TrackingNumber> trackingNumbers) {

    public static final int MAX_LINES = 100_000;
    private static final Set<String> TRACKING_HEADERS = Set.of("tracking", "tracking number", "tracking_number",
            "trackingnumber", "waybill", "waybill no", "运单号", "快递单号", "单号", "运单编号");

    public Manifest {
        trackingNumbers = List.copyOf(trackingNumbers);
        if (count.isPresent() && count.getAsInt() < 0) {
            throw new InvalidInputException("error.parcel.manifestCount", count.getAsInt());
        }
    }

    public static Manifest ofCount(int count) {
        return new Manifest(OptionalInt.of(count), List.of());
    }

    public static Manifest ofNumbers(List<TrackingNumber> numbers) {
        return new Manifest(OptionalInt.empty(), List.copyOf(new LinkedHashSet<>(numbers)));
    }

    public boolean isCountOnly() {
        return count.isPresent();
    }

    public int size() {
        return count.orElse(trackingNumbers.size());
    }

    /**
     * Reads a manifest CSV as carriers export it: comma, semicolon or tab separated, an optional
     * header row (the tracking column is found by its name, 运单号 or "tracking"; else the first
     * column), quotes around cells, a byte-order mark, blank lines. A cell that is not a tracking
     * number is refused with its line number, so nothing is reconciled against half a file.
     */
    public static Manifest parseCsv(String text) {
        if (text == null) {
            throw new InvalidInputException("error.parcel.manifestEmpty");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\\r?\\n|\\r");
        if (lines.length > MAX_LINES) {
            throw new InvalidInputException("error.parcel.manifestTooLong", MAX_LINES);
        }
        int column = 0;
        boolean headerSeen = false;
        List<TrackingNumber> numbers = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line);
            if (!headerSeen && numbers.isEmpty()) {
                int found = headerColumn(cells);
                if (found >= 0) {
                    column = found;
                    headerSeen = true;
                    continue;
                }
            }
            String cell = column < cells.size() ? cells.get(column) : "";
            try {
                numbers.add(TrackingNumber.parse(cell));
            } catch (InvalidInputException e) {
                if (!headerSeen && numbers.isEmpty() && i == firstNonBlank(lines)) {
                    headerSeen = true; // an unnamed header row, e.g. "No.,Date"
                    continue;
                }
                throw new InvalidInputException("error.parcel.manifestLine", i + 1, cell);
            }
        }
        if (numbers.isEmpty()) {
            throw new InvalidInputException("error.parcel.manifestEmpty");
        }
        return ofNumbers(numbers);
    }

    private static int firstNonBlank(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int headerColumn(List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (TRACKING_HEADERS.contains(cells.get(c).strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return -1;
    }

    private static List<String> cells(String line) {
        char sep = line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == sep && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
