package org.concerntracker.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The runs table of the version currently published under {@code out}, if there is one. */
final class PreviousRuns {

  private PreviousRuns() {}

  static Dataset<Row> read(SparkSession spark, String out) {
    try {
      Path version = OutputStore.committedVersion(out);
      if (version == null || !Files.isDirectory(version.resolve(Tables.RUNS.table()))) {
        return null;
      }
      // Read eagerly: the version may be pruned once this run commits.
      Dataset<Row> rows =
          spark
              .read()
              .schema(Tables.RUNS.schema())
              .parquet(version.resolve(Tables.RUNS.table()).toString());
      return spark.createDataFrame(rows.collectAsList(), Tables.RUNS.schema());
    } catch (Exception e) {
      // An unreadable or older-layout runs table does not stop a run; the history restarts.
      return null;
    }
  }
}
