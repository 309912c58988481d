package org.concerntracker.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns, for terminals: text left-aligned, numbers (columns
 * marked {@link #alignRight}) right-aligned, whitespace runs folded to one space, long cells cut
 * with an ellipsis.
 */
public final class TextTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final int maxWidth;
  private final boolean[] right;

  public TextTable(List<String> header) {
    this(header, 60);
  }

  /**
   * @param maxWidth the longest a cell may be before it is cut; 0 for no limit
   */
  public TextTable(List<String> header, int maxWidth) {
    this.header = List.copyOf(header);
    this.maxWidth = maxWidth;
    this.right = new boolean[header.size()];
  }

  /** Right-aligns these columns (0-based), as numbers read best. */
  public TextTable alignRight(int... columns) {
    for (int c : columns) {
      right[c] = true;
    }
    return this;
  }

  public void add(List<String> row) {
    if (row.size() != header.size()) {
      throw new IllegalArgumentException(
          "row of " + row.size() + " cells for " + header.size() + " columns");
    }
    rows.add(row);
  }

  public void print(PrintWriter w, String indent) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], cut(r.get(i)).length());
      }
    }
    line(w, indent, header, widths);
    StringBuilder rule = new StringBuilder();
    for (int width : widths) {
      rule.append(rule.length() > 0 ? "  " : "").append("-".repeat(width));
    }
    w.println(indent + rule);
    for (List<String> r : rows) {
      line(w, indent, r, widths);
    }
  }

  private void line(PrintWriter w, String indent, List<String> cells, int[] widths) {
    StringBuilder b = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      String c = cut(cells.get(i));
      String pad = " ".repeat(widths[i] - c.length());
      b.append(i > 0 ? "  " : "").append(right[i] ? pad + c : c + pad);
    }
    w.println(b.toString().stripTrailing());
  }

  private String cut(String s) {
    String one = s == null ? "" : s.replaceAll("\\s+", " ");
    return maxWidth <= 0 || one.length() <= maxWidth ? one : one.substring(0, maxWidth - 1) + "…";
  }
}
