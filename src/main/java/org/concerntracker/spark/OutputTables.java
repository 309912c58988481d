package org.concerntracker.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Registers the tables under an output directory as Spark SQL views named after the tables. */
public final class OutputTables {

  private OutputTables() {}

  /**
   * Registers every table found under {@code out}; returns their names.
   *
   * @throws IllegalArgumentException if {@code out} holds no tables
   */
  public static List<String> register(SparkSession spark, String out) {
    List<String> found = new ArrayList<>();
    try {
      // The version the link points at now, resolved once: every table comes from the same run
      // even if another run publishes while these are read.
      java.nio.file.Path version = OutputStore.committedVersion(out);
      Path base = version != null ? new Path(version.toUri()) : new Path(out);
      FileSystem fs = base.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (Tables t : Tables.values()) {
        Path p = new Path(base, t.table());
        if (fs.exists(p)) {
          spark.read().parquet(p.toString()).createOrReplaceTempView(t.table());
          found.add(t.table());
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("--out " + out + ": unreadable: " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          "--out " + out + ": no Concern Tracker tables there (run the pipeline first)");
    }
    return found;
  }
}
