package org.skyroad.station.cli.bench;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's result: a few lines about the run, then one Markdown table row per figure. */
public final class BenchTable {

    private final String title;
    private final List<String> about = new ArrayList<>();
    private final List<BenchRow> rows = new ArrayList<>();
    private final List<String> remarks = new ArrayList<>();

    public BenchTable(String title) {
        this.title = title;
    }

    /** A line about the run (machine, sizes, command), shown above the table. */
    public BenchTable about(String line) {
        about.add(line);
        return this;
    }

    public BenchTable add(BenchRow row) {
        rows.add(row);
        return this;
    }

    /** A line shown under the table (a warning, a mismatch). */
    public BenchTable remark(String line) {
        remarks.add(line);
        return this;
    }

    public List<BenchRow> rows() {
        return List.copyOf(rows);
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(title).append("\n\n");
        for (String line : about) {
            sb.append("- ").append(line).append('\n');
        }
        if (!about.isEmpty()) {
            sb.append('\n');
        }
        sb.append("| measure | unit | service | raw baseline | service cost ÷ raw | what the two sides do |\n");
        sb.append("|---|---|---:|---:|---:|---|\n");
        for (BenchRow r : rows) {
            sb.append("| ").append(cell(r.measure()))
                    .append(" | ").append(cell(r.unit()))
                    .append(" | ").append(BenchRow.figure(r.service()))
                    .append(" | ").append(BenchRow.figure(r.raw()))
                    .append(" | ").append(BenchRow.ratio(r.costRatio()))
                    .append(" | ").append(cell(r.note()))
                    .append(" |\n");
        }
        if (!remarks.isEmpty()) {
            sb.append('\n');
            for (String line : remarks) {
                sb.append("> ").append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
