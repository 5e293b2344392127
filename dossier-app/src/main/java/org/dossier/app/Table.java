package org.dossier.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Rows in aligned columns for a terminal; long cells are cut with an ellipsis. */
final class Table {
    private static final int MAX_CELL = 60;

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
        this.header = List.of(header);
    }

    Table add(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            String s = c instanceof java.util.Optional<?> o ? o.map(String::valueOf).orElse("") : String.valueOf(c);
            s = s.replaceAll("\\s+", " ").strip();
            row.add(s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s);
        }
        rows.add(row);
        return this;
    }

    void print(PrintStream out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        line(out, header, widths);
        for (List<String> r : rows) {
            line(out, r, widths);
        }
    }

    private static void line(PrintStream out, List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            sb.append(c);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - c.length() + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }
}
