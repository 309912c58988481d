package org.concerntracker.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for every test in the JVM (as Spark's own Java suites share one). */
public final class SharedSpark {

  private SharedSpark() {}

  public static synchronized SparkSession get() {
    return SparkSessions.getOrCreate("local[2]", "concern-tracker tests");
  }
}
