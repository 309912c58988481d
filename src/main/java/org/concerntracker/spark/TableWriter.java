package org.concerntracker.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.concerntracker.ingest.FileIngestor;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.concerntracker.nlp.Analysis;
import scala.Tuple2;

/**
 * The one place tables are written: each with its declared schema, rows sorted by its key (so the
 * same input writes the same files), into this run's version directory.
 *
 * <p>Layout (issue 8): {@code documents}, the one large table (it holds every text), is partitioned
 * by year ({@code documents/year=2023/part-….parquet}, one file per year, written in parallel; a
 * document without a date is under {@code year=0}); DuckDB reads it with {@code hive_partitioning},
 * Spark as one table with a {@code year} column. Every other table is one file. Row groups are at
 * most {@value #ROW_GROUP_BYTES} bytes, so a reader can split a large file across cores. Rows are
 * counted as they are written, not by reading the files back.
 *
 * <p>With the tables, the state an incremental run needs ({@link StateTables}).
 */
final class TableWriter {

  /** Parquet row group size: half Parquet's default, for readers that split work by row group. */
  private static final int ROW_GROUP_BYTES = 64 << 20;

  private static final Set<Tables> BY_YEAR = EnumSet.of(Tables.DOCUMENTS);

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
    Steps.mark("write:" + table.table());
    // Sorting within one partition per file needs no sampling job, as a global sort would. The
    // row count is observed in the writing tasks themselves (counted once, even if a task reruns).
    Observation written = new Observation(table.table());
    boolean byYear = BY_YEAR.contains(table);
    Dataset<Row> files =
        byYear
            ? df.withColumn(
                    YEAR,
                    functions.coalesce(functions.year(functions.col("date")), functions.lit(0)))
                .repartition(functions.col(YEAR))
            : df.repartition(1);
    DataFrameWriter<Row> w =
        files
            .sortWithinPartitions(sortColumns(table.sortKey()))
            .observe(written, functions.count(functions.lit(1)).as("rows"))
            .write();
    if (byYear) {
      w = w.partitionBy(YEAR);
    }
    w.mode(SaveMode.ErrorIfExists)
        .option("parquet.block.size", ROW_GROUP_BYTES)
        .parquet(store.tablePath(table));
    try {
      counts.put(table.table(), ((Number) written.getAsJava().get("rows")).longValue());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting " + table.table(), e);
    }
  }

  /** The partition column of tables written by year. */
  static final String YEAR = "year";

  /**
   * The state the next incremental run builds on (see {@link StateTables}): each input file with
   * its key, what each file gave its reader, and per document what the NLP stage gave besides its
   * mentions and evidence.
   */
  void writeState(
      List<Tuple2<FileIngestor.FileInfo, String>> files,
      JavaRDD<Tuple2<String, Document>> fileDocuments,
      JavaRDD<Tuple2<String, Reject>> fileRejects,
      JavaRDD<Tuple2<String, Analysis>> analyses) {
    Steps.mark("write:state");
    List<Row> fileRows = new ArrayList<>();
    for (Tuple2<FileIngestor.FileInfo, String> t : files) {
      FileIngestor.FileInfo f = t._1();
      fileRows.add(
          RowFactory.create(
              f.kind(), f.path(), f.size(), f.sha256(), t._2(), f.documents(), f.rejects()));
    }
    writeState(StateTables.FILES, spark.createDataFrame(fileRows, StateTables.FILES.schema()));
    writeState(
        StateTables.INGESTED_DOCUMENTS,
        spark.createDataFrame(
            fileDocuments.map(t -> withFile(t._1(), Tables.row(t._2()))),
            StateTables.INGESTED_DOCUMENTS.schema()));
    writeState(
        StateTables.INGESTED_REJECTS,
        spark.createDataFrame(
            fileRejects.map(t -> withFile(t._1(), Tables.row(t._2()))),
            StateTables.INGESTED_REJECTS.schema()));
    writeState(
        StateTables.ANALYSES,
        spark.createDataFrame(
            analyses.map(
                t ->
                    RowFactory.create(
                        t._1(),
                        t._2().sentences(),
                        t._2().parsedSentences(),
                        t._2().namesPlatform(),
                        t._2().rejects().stream().map(Tables::row).toArray(Row[]::new))),
            StateTables.ANALYSES.schema()));
  }

  private void writeState(StateTables table, Dataset<Row> df) {
    df.repartition(1)
        .sortWithinPartitions(sortColumns(table.sortKey()))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(store.statePath(table));
  }

  private static Column[] sortColumns(List<String> sortKey) {
    return sortKey.stream().map(functions::col).toArray(Column[]::new);
  }

  private static Row withFile(String file, Row row) {
    Object[] values = new Object[row.size() + 1];
    values[0] = file;
    for (int i = 0; i < row.size(); i++) {
      values[i + 1] = row.get(i);
    }
    return RowFactory.create(values);
  }

  /** The runs table: the runs recorded so far under {@code out}, plus this one. */
  void writeRuns(
      String runId,
      Instant started,
      Instant finished,
      List<FileIngestor.FileInfo> inputs,
      Map<String, Long> runCounts,
      Map<String, String> versions,
      Map<String, String> config,
      boolean incremental,
      String out) {
    List<Row> files = new ArrayList<>();
    for (FileIngestor.FileInfo f : inputs) {
      files.add(
          RowFactory.create(f.kind(), f.path(), f.size(), f.sha256(), f.documents(), f.rejects()));
    }
    Row row =
        RowFactory.create(
            runId, started, finished, files, runCounts, versions, config, incremental);
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
