package org.concerntracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Every row of every table under an output (but {@code runs}, which differs run to run by design),
 * as sorted lines, for comparing two outputs row by row. Reads the version the link points at,
 * resolved once.
 */
final class OutputSnapshot {

  private OutputSnapshot() {}

  /** Table name → its rows as text, sorted. */
  static Map<String, List<String>> of(SparkSession spark, String out) throws Exception {
    Path version = Path.of(out).toRealPath();
    Map<String, List<String>> tables = new TreeMap<>();
    for (Tables t : Tables.values()) {
      if (t == Tables.RUNS) {
        continue;
      }
      Path dir = version.resolve(t.table());
      assertThat(dir).as("table " + t.table() + " under " + out).isDirectory();
      List<String> rows = new ArrayList<>();
      for (Row r : spark.read().schema(t.schema()).parquet(dir.toString()).collectAsList()) {
        rows.add(r.toString());
      }
      rows.sort(null);
      tables.put(t.table(), rows);
    }
    return tables;
  }

  /** The two outputs have the same rows in every table but runs. */
  static void assertSameRows(Map<String, List<String>> actual, Map<String, List<String>> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    for (String table : expected.keySet()) {
      assertThat(actual.get(table))
          .as("rows of " + table)
          .containsExactlyElementsOf(expected.get(table));
    }
  }

  /** Whether {@code out} is a link to a complete version (every table there, each readable). */
  static boolean complete(SparkSession spark, String out) {
    Path link = Path.of(out);
    if (!Files.isSymbolicLink(link)) {
      return false;
    }
    for (Tables t : Tables.values()) {
      Path dir = link.resolve(t.table());
      if (!Files.isRegularFile(dir.resolve("_SUCCESS"))) {
        return false;
      }
      spark.read().schema(t.schema()).parquet(dir.toString()).count();
    }
    return true;
  }
}
