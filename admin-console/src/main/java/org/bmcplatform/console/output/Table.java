package org.bmcplatform.console.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An aligned text table: a header row, a rule, then one row per item; columns are separated by two
 * spaces, text columns are left-aligned and numeric columns right-aligned. A missing value is "-".
 */
public final class Table {

    private static final String GAP = "  ";
    private static final String MISSING = "-";

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    private Table() {
    }

    public static Table create() {
        return new Table();
    }

    /** Adds a left-aligned column. */
    public Table column(String header) {
        return add(header, false);
    }

    /** Adds a right-aligned column, for numbers. */
    public Table numberColumn(String header) {
        return add(header, true);
    }

    private Table add(String header, boolean right) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("declare the columns before the rows");
        }
        headers.add(Objects.requireNonNull(header));
        rightAligned.add(right);
        return this;
    }

    /** Adds a row; each value is shown with {@code toString()}, null as "-". */
    public Table row(Object... values) {
        if (values.length != headers.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + headers.size() + " columns");
        }
        rows.add(Arrays.stream(values).map(Table::text).toList());
        return this;
    }

    public int rowCount() {
        return rows.size();
    }

    public String render() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        appendLine(out, rule, widths);
        for (List<String> row : rows) {
            appendLine(out, row, widths);
        }
        return out.toString();
    }

    /** The table and, without a line break, a count of its rows: {@code 1 endpoint}, {@code 3 endpoints}. */
    public String renderCounted(String noun) {
        int n = rows.size();
        return render() + n + " " + noun + (n == 1 ? "" : "s");
    }

    private void appendLine(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append(GAP);
            }
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(rightAligned.get(c) ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String text(Object value) {
        if (value == null) {
            return MISSING;
        }
        String s = value.toString();
        return s.isBlank() ? MISSING : s.replace('\n', ' ');
    }
}
