package org.concerntracker.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns, for terminals. Long cells are cut with an ellipsis. */
public final class TextTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final int maxWidth;

  public TextTable(List<String> header) {
    this(header, 60);
  }

  public TextTable(List<String> header, int maxWidth) {
    this.header = header;
    this.maxWidth = maxWidth;
  }

  public void add(List<String> row) {
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
      b.append(i > 0 ? "  " : "").append(c).append(" ".repeat(widths[i] - c.length()));
    }
    w.println(b.toString().stripTrailing());
  }

  private String cut(String s) {
    String one = s == null ? "" : s.replaceAll("\\s+", " ");
    return one.length() <= maxWidth ? one : one.substring(0, maxWidth - 1) + "…";
  }
}
