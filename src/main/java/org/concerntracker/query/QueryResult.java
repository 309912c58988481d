package org.concerntracker.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query's result as plain Java values, whatever engine ran it: {@code String}, {@code Long},
 * {@code Integer}, {@code Double}, {@code BigDecimal}, {@code Boolean}, {@code LocalDate}, {@code
 * LocalDateTime}, {@code List} (arrays) and {@code Map} (maps and structs, keys as strings), or
 * null.
 *
 * @param columns the column names
 * @param types each column's type as the engine names it ({@code DATE}, {@code VARCHAR[]}, {@code
 *     date}, {@code array<string>} ...)
 * @param rows the rows, each as long as {@code columns}
 * @param truncated whether the query had more rows than the limit asked for
 */
public record QueryResult(
    List<String> columns, List<String> types, List<List<Object>> rows, boolean truncated) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public QueryResult {
    columns = List.copyOf(columns);
    types = List.copyOf(types);
    rows = List.copyOf(rows);
  }

  /** The one value of a one-row, one-column result (null if there is no row). */
  public Object single() {
    return rows.isEmpty() ? null : rows.get(0).get(0);
  }

  /**
   * The whole result as one JSON object: {@code {"columns": [...], "types": [...], "rows": [[...],
   * ...], "truncated": false}}, dates and timestamps as ISO strings. The notebooks read results
   * this way: one call across the JVM boundary, parsed by Python's json module.
   */
  public String json() {
    ObjectNode o = JSON.createObjectNode();
    o.set("columns", JSON.valueToTree(columns));
    o.set("types", JSON.valueToTree(types));
    List<Object> plain = new ArrayList<>(rows.size());
    rows.forEach(r -> plain.add(jsonable(r)));
    o.set("rows", JSON.valueToTree(plain));
    o.put("truncated", truncated);
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A value as Jackson writes it without extra modules: temporal values become ISO strings. */
  static Object jsonable(Object v) {
    if (v instanceof TemporalAccessor) {
      return v.toString();
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(jsonable(x)));
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), jsonable(x)));
      return out;
    }
    return v;
  }
}
