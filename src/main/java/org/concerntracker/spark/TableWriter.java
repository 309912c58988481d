package org.concerntracker.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.concerntracker.Versions;
import org.concerntracker.ingest.FileIngestor;

/**
 * The one place tables are written: each with its declared schema, rows sorted by its key (so the
 * same input writes the same files), into this run's version directory.
 */
final class TableWriter {

  /** Tables up to this many rows are written as one file. */
  private static final long SINGLE_FILE_ROWS = 1_000_000;

  private final SparkSession spark;
  private final OutputStore store;
  private final Map<String, Long> counts = new LinkedHashMap<>();

  TableWriter(SparkSession spark, OutputStore store) {
    this.spark = spark;
    this.store = store;
  }

  void write(Tables table, JavaRDD<Row> rows) {
    write(table, spark.createDataFrame(rows, table.schema()));
  }

  void write(Tables table, Dataset<Row> df) {
    Column[] keys = table.sortKey().stream().map(functions::col).toArray(Column[]::new);
    Dataset<Row> sorted = df.sort(keys);
    String path = store.tablePath(table);
    sorted.coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(path);
    counts.put(table.table(), spark.read().parquet(path).count());
  }

  /** The runs table: the runs recorded so far under {@code out}, plus this one. */
  void writeRuns(
      String runId,
      Instant started,
      Instant finished,
      List<FileIngestor.FileInfo> inputs,
      Map<String, Long> runCounts,
      Map<String, String> config,
      String out) {
    List<Row> files = new ArrayList<>();
    for (FileIngestor.FileInfo f : inputs) {
      files.add(
          RowFactory.create(f.kind(), f.path(), f.size(), f.sha256(), f.documents(), f.rejects()));
    }
    Row row =
        RowFactory.create(
            runId, started, finished, files, runCounts, Versions.all(), config, false);
    Dataset<Row> runs = spark.createDataFrame(List.of(row), Tables.RUNS.schema());
    Dataset<Row> previous = PreviousRuns.read(spark, out);
    if (previous != null) {
      runs = previous.unionByName(runs);
    }
    write(Tables.RUNS, runs);
  }

  Map<String, Long> counts() {
    return counts;
  }
}
