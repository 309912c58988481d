package org.concerntracker.spark;

import org.apache.spark.sql.SparkSession;

/** Builds the Spark session every command uses, with the settings the tables rely on. */
public final class SparkSessions {

  private SparkSessions() {}

  /**
   * The active session if there is one (tests share one; {@code spark-submit} makes one), else a
   * new one on {@code master} ({@code local[*]} when null).
   */
  public static SparkSession getOrCreate(String master, String appName) {
    SparkSession.Builder b =
        SparkSession.builder()
            .appName(appName)
            // Dates and timestamps as java.time values in rows; UTC so dates never shift.
            .config("spark.sql.datetime.java8API.enabled", "true")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.parquet.compression.codec", "zstd")
            .config("spark.sql.adaptive.enabled", "true")
            .config("spark.sql.shuffle.partitions", "8");
    if (System.getProperty("spark.master") == null) {
      b = b.master(master == null ? "local[*]" : master);
    } else if (master != null) {
      b = b.master(master);
    }
    if (System.getProperty("spark.ui.enabled") == null) {
      b = b.config("spark.ui.enabled", "false");
    }
    return b.getOrCreate();
  }
}
