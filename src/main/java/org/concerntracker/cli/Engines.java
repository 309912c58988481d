package org.concerntracker.cli;

import java.net.URI;
import org.concerntracker.query.DuckDbEngine;
import org.concerntracker.query.QueryEngine;
import org.concerntracker.spark.SparkQueryEngine;
import org.concerntracker.spark.SparkSessions;

/**
 * Which engine {@code query} and {@code explain} run on. {@code auto} picks DuckDB for a local
 * output directory (it answers in about a second; a Spark session takes ten or more to start) and
 * Spark for a path another file system holds ({@code hdfs://}, {@code s3a://}) or when {@code
 * --master} is given.
 */
final class Engines {

  /** The choices of {@code --engine}. */
  enum Choice {
    auto,
    duckdb,
    spark
  }

  private Engines() {}

  static QueryEngine open(Choice choice, String out, String master, String appName) {
    Choice c =
        choice == Choice.auto
            ? (master != null || remote(out) ? Choice.spark : Choice.duckdb)
            : choice;
    if (c == Choice.duckdb) {
      if (remote(out)) {
        throw new IllegalArgumentException(
            "--engine duckdb reads local directories only; " + out + " needs --engine spark");
      }
      return new DuckDbEngine(out);
    }
    return new SparkQueryEngine(SparkSessions.getOrCreate(master, appName), out);
  }

  /** Whether {@code out} names a file system other than the local one. */
  static boolean remote(String out) {
    if (!out.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
      return false;
    }
    String scheme = URI.create(out.replace(" ", "%20")).getScheme();
    return scheme != null && !scheme.equalsIgnoreCase("file");
  }
}
