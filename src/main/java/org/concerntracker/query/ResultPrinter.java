package org.concerntracker.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints a query's result: an aligned table (for people), CSV (RFC 4180, for spreadsheets) or JSON
 * Lines (one object per row, for programs).
 *
 * <p>In a table, arrays print as {@code [a, b]}, maps and structs as {@code {k: v}}, nulls as
 * nothing, and numeric columns are right-aligned. In CSV, arrays, maps and structs are JSON text,
 * so a cell can be parsed back. Dates and timestamps are ISO 8601 everywhere.
 */
public final class ResultPrinter {

  /** Output formats. */
  public enum Format {
    table,
    csv,
    json
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private ResultPrinter() {}

  /**
   * Prints {@code result}.
   *
   * @param width the longest a table cell may be before it is cut with an ellipsis (0: no limit);
   *     CSV and JSON are never cut
   */
  public static void print(QueryResult result, Format format, int width, PrintWriter w) {
    List<String> columns = result.columns();
    switch (format) {
      case csv -> {
        w.println(String.join(",", columns.stream().map(ResultPrinter::csv).toList()));
        for (List<Object> r : result.rows()) {
          w.println(String.join(",", r.stream().map(v -> csv(csvCell(v))).toList()));
        }
      }
      case json -> {
        for (List<Object> r : result.rows()) {
          ObjectNode o = JSON.createObjectNode();
          for (int i = 0; i < columns.size(); i++) {
            o.set(columns.get(i), JSON.valueToTree(QueryResult.jsonable(r.get(i))));
          }
          w.println(o.toString());
        }
      }
      case table -> {
        TextTable t = new TextTable(columns, width);
        for (int i = 0; i < columns.size(); i++) {
          if (numeric(result, i)) {
            t.alignRight(i);
          }
        }
        for (List<Object> r : result.rows()) {
          t.add(r.stream().map(ResultPrinter::text).toList());
        }
        t.print(w, "");
        int n = result.rows().size();
        w.printf(
            "(%d row%s%s)%n",
            n, n == 1 ? "" : "s", result.truncated() ? ", more not shown: --limit 0 for all" : "");
      }
    }
  }

  /** A value as a table shows it. */
  static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof List<?> l) {
      return "[" + String.join(", ", l.stream().map(ResultPrinter::text).toList()) + "]";
    }
    if (v instanceof Map<?, ?> m) {
      List<String> entries = new ArrayList<>();
      m.forEach((k, x) -> entries.add(k + ": " + text(x)));
      return "{" + String.join(", ", entries) + "}";
    }
    if (v instanceof Double d && !d.isNaN() && !d.isInfinite() && d.toString().contains("E")) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return String.valueOf(v);
  }

  private static String csvCell(Object v) {
    if (v instanceof List<?> || v instanceof Map<?, ?>) {
      try {
        return JSON.writeValueAsString(QueryResult.jsonable(v));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return v == null ? "" : text(v);
  }

  private static boolean numeric(QueryResult result, int column) {
    boolean any = false;
    for (List<Object> r : result.rows()) {
      Object v = r.get(column);
      if (v != null && !(v instanceof Number)) {
        return false;
      }
      any |= v != null;
    }
    return any;
  }

  private static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
