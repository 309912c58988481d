package org.concerntracker.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/** Prints a query's result as an aligned table, CSV (RFC 4180) or JSON Lines. */
public final class ResultPrinter {

  private ResultPrinter() {}

  public static void print(Dataset<Row> result, String format, int limit, PrintWriter w) {
    String[] columns = result.columns();
    List<Row> rows = limit > 0 ? result.limit(limit + 1).collectAsList() : result.collectAsList();
    boolean truncated = limit > 0 && rows.size() > limit;
    if (truncated) {
      rows = rows.subList(0, limit);
    }
    switch (format) {
      case "csv" -> {
        w.println(
            String.join(",", java.util.Arrays.stream(columns).map(ResultPrinter::csv).toList()));
        for (Row r : rows) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < columns.length; i++) {
            cells.add(csv(cell(r, i)));
          }
          w.println(String.join(",", cells));
        }
      }
      case "json" -> {
        ObjectMapper json = new ObjectMapper();
        for (Row r : rows) {
          ObjectNode o = json.createObjectNode();
          StructField[] fields = result.schema().fields();
          for (int i = 0; i < fields.length; i++) {
            o.set(fields[i].name(), json.valueToTree(plain(r.get(i))));
          }
          w.println(o.toString());
        }
      }
      default -> {
        TextTable t = new TextTable(List.of(columns), 80);
        for (Row r : rows) {
          List<String> cells = new ArrayList<>();
          for (int i = 0; i < columns.length; i++) {
            cells.add(cell(r, i));
          }
          t.add(cells);
        }
        t.print(w, "");
        w.printf(
            "(%d row%s%s)%n",
            rows.size(),
            rows.size() == 1 ? "" : "s",
            truncated ? ", more not shown: --limit 0" : "");
      }
    }
    if (truncated && !format.equals("table")) {
      System.err.println("query: output cut at " + limit + " rows (--limit 0 for all)");
    }
  }

  private static String cell(Row r, int i) {
    Object v = plain(r.get(i));
    return v == null
        ? ""
        : v instanceof List<?> l
            ? String.join("; ", l.stream().map(String::valueOf).toList())
            : String.valueOf(v);
  }

  /** Spark's Scala collections and rows as plain Java values. */
  private static Object plain(Object v) {
    if (v instanceof scala.collection.Seq<?> s) {
      List<Object> out = new ArrayList<>();
      scala.jdk.javaapi.CollectionConverters.asJava(s).forEach(x -> out.add(plain(x)));
      return out;
    }
    if (v instanceof scala.collection.Map<?, ?> m) {
      java.util.Map<String, Object> out = new java.util.TreeMap<>();
      scala.jdk.javaapi.CollectionConverters.asJava(m)
          .forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
      return out;
    }
    if (v instanceof Row row) {
      java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        out.put(
            row.schema() == null ? "_" + i : row.schema().fields()[i].name(), plain(row.get(i)));
      }
      return out;
    }
    if (v instanceof java.time.temporal.Temporal
        || v instanceof java.sql.Date
        || v instanceof java.sql.Timestamp) {
      return v.toString();
    }
    return v;
  }

  private static String csv(String s) {
    if (s == null) {
      return "";
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
