package org.concerntracker.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.ingest.FileIngestor;
import org.concerntracker.model.Document;
import org.concerntracker.model.Evidence;
import org.concerntracker.model.Mention;
import org.concerntracker.model.Reject;
import org.concerntracker.nlp.Analysis;
import scala.Tuple2;

/**
 * The version published under {@code --out}, as an incremental run uses it: which input files it
 * read (with their keys), what each gave its reader, and what the NLP stage made of each document.
 * An incremental run may use it only when everything else its results depend on is unchanged: the
 * members file, the platforms file, the build and the library versions ({@link #open} compares them
 * with the run that wrote the version, and says why when they differ).
 *
 * <p>Everything is read from the version's own directory (the link resolved once), which stays in
 * place until this run has committed.
 */
final class PreviousVersion {

  /** An input file as the previous version recorded it. */
  record FileState(
      String kind,
      String path,
      long size,
      String sha256,
      String inputKey,
      int documents,
      int rejects)
      implements Serializable {

    FileIngestor.FileInfo info() {
      return new FileIngestor.FileInfo(kind, path, size, sha256, documents, rejects);
    }
  }

  /** The entries of {@code runs.config} and {@code runs.versions} the results depend on. */
  static final List<String> ENVIRONMENT =
      List.of(
          "config:members_sha256",
          "config:platforms_sha256",
          "versions:concern-tracker",
          "versions:build",
          "versions:corenlp",
          "versions:spark-build");

  private final SparkSession spark;
  private final String dir;
  private final String reason;
  private final Map<String, FileState> files;

  private PreviousVersion(
      SparkSession spark, String dir, String reason, Map<String, FileState> files) {
    this.spark = spark;
    this.dir = dir;
    this.reason = reason;
    this.files = files;
  }

  static PreviousVersion none(String reason) {
    return new PreviousVersion(null, null, reason, Map.of());
  }

  /**
   * The version under {@code out}, if an incremental run can build on it; otherwise one that is not
   * {@link #usable()} and says why ({@link #reason()}).
   *
   * @param environment this run's values of {@link #ENVIRONMENT}
   */
  static PreviousVersion open(SparkSession spark, String out, Map<String, String> environment) {
    try {
      return read(spark, out, environment);
    } catch (RuntimeException e) {
      return none("the previous version's state cannot be read (" + e.getMessage() + ")");
    }
  }

  private static PreviousVersion read(
      SparkSession spark, String out, Map<String, String> environment) {
    if (!out.startsWith("/") && out.contains("://") && !out.startsWith("file:")) {
      return none("incremental runs build on a local --out only");
    }
    Path version;
    try {
      version = OutputStore.committedVersion(out);
    } catch (java.io.IOException e) {
      return none("the previous output cannot be read: " + e.getMessage());
    }
    if (version == null) {
      return none("no previous version under --out");
    }
    Path state = version.resolve(OutputStore.STATE_DIR);
    for (StateTables t : StateTables.values()) {
      if (!Files.isDirectory(state.resolve(t.table()))) {
        return none("the previous version has no incremental state (" + t.table() + ")");
      }
    }
    String runId = version.getFileName().toString();
    List<Row> run =
        spark
            .read()
            .schema(Tables.RUNS.schema())
            .parquet(version.resolve(Tables.RUNS.table()).toString())
            .where(org.apache.spark.sql.functions.col("run_id").equalTo(runId))
            .collectAsList();
    if (run.size() != 1) {
      return none("the previous version does not record the run that wrote it");
    }
    Map<String, String> before = environment(run.get(0));
    for (String k : ENVIRONMENT) {
      String was = before.get(k);
      String now = environment.get(k);
      if (was == null || now == null || !was.equals(now) || now.equals("unknown")) {
        return none(k.substring(k.indexOf(':') + 1) + " changed (" + was + " → " + now + ")");
      }
    }
    Map<String, FileState> files = new HashMap<>();
    for (Row r :
        spark
            .read()
            .schema(StateTables.FILES.schema())
            .parquet(state.resolve(StateTables.FILES.table()).toString())
            .collectAsList()) {
      FileState f =
          new FileState(
              r.getAs("kind"),
              r.getAs("path"),
              r.<Long>getAs("size"),
              r.getAs("sha256"),
              r.getAs("input_key"),
              r.<Integer>getAs("documents"),
              r.<Integer>getAs("rejects"));
      files.put(f.path(), f);
    }
    return new PreviousVersion(spark, version.toString(), null, files);
  }

  /** The values of {@link #ENVIRONMENT} in a {@code runs} row. */
  static Map<String, String> environment(Row run) {
    Map<String, String> out = new HashMap<>();
    Map<String, String> config = run.getJavaMap(run.fieldIndex("config"));
    Map<String, String> versions = run.getJavaMap(run.fieldIndex("versions"));
    config.forEach((k, v) -> out.put("config:" + k, v));
    versions.forEach((k, v) -> out.put("versions:" + k, v));
    return out;
  }

  boolean usable() {
    return reason == null;
  }

  /** Why this version cannot be built on, or null if it can. */
  String reason() {
    return reason;
  }

  /** The input files it read, by path. */
  Map<String, FileState> files() {
    return files;
  }

  /** The version's directory (the link resolved when this run started). */
  String dir() {
    return dir;
  }

  /** What the files with these paths gave their readers: (file, document). */
  JavaRDD<Tuple2<String, Document>> ingestedDocuments(Set<String> paths) {
    Set<String> keep = new HashSet<>(paths);
    return state(StateTables.INGESTED_DOCUMENTS)
        .filter(r -> keep.contains(r.<String>getAs("file")))
        .map(r -> new Tuple2<>(r.<String>getAs("file"), TableRows.document(r)));
  }

  /** (file, reject) for the files with these paths. */
  JavaRDD<Tuple2<String, Reject>> ingestedRejects(Set<String> paths) {
    Set<String> keep = new HashSet<>(paths);
    return state(StateTables.INGESTED_REJECTS)
        .filter(r -> keep.contains(r.<String>getAs("file")))
        .map(r -> new Tuple2<>(r.<String>getAs("file"), TableRows.reject(r)));
  }

  /** The version's documents (after merging), by id. */
  JavaPairRDD<String, Document> documents() {
    return table(Tables.DOCUMENTS)
        .map(TableRows::document)
        .mapToPair(d -> new Tuple2<>(d.docId(), d));
  }

  /**
   * What the NLP stage gave for each of these documents in this version: its mentions and evidence
   * rows, and its rejects and sentence counts from the state (time spent: none, this run).
   */
  JavaPairRDD<String, Analysis> analyses(JavaPairRDD<String, Boolean> docIds) {
    JavaPairRDD<String, Mention> mentions =
        table(Tables.MENTIONS).map(TableRows::mention).mapToPair(m -> new Tuple2<>(m.docId(), m));
    JavaPairRDD<String, Evidence> evidence =
        table(Tables.EVIDENCE).map(TableRows::evidence).mapToPair(e -> new Tuple2<>(e.docId(), e));
    JavaPairRDD<String, Row> stats =
        state(StateTables.ANALYSES).mapToPair(r -> new Tuple2<>(r.<String>getAs("doc_id"), r));
    return docIds
        .cogroup(mentions, evidence, stats)
        .filter(g -> g._2()._1().iterator().hasNext())
        .mapValues(
            g -> {
              List<Mention> ms = new ArrayList<>();
              g._2().forEach(ms::add);
              List<Evidence> es = new ArrayList<>();
              g._3().forEach(es::add);
              List<Reject> rejects = new ArrayList<>();
              int sentences = 0;
              int parsed = 0;
              boolean namesPlatform = false;
              for (Row r : g._4()) {
                sentences = r.getAs("sentences");
                parsed = r.getAs("parsed_sentences");
                namesPlatform = r.getAs("names_platform");
                List<Row> rs = r.getList(r.fieldIndex("rejects"));
                rs.forEach(x -> rejects.add(TableRows.reject(x)));
              }
              return new Analysis(ms, es, rejects, sentences, parsed, 0, namesPlatform);
            });
  }

  private JavaRDD<Row> table(Tables t) {
    return spark.read().schema(t.schema()).parquet(dir + "/" + t.table()).javaRDD();
  }

  private JavaRDD<Row> state(StateTables t) {
    return spark
        .read()
        .schema(t.schema())
        .parquet(dir + "/" + OutputStore.STATE_DIR + "/" + t.table())
        .javaRDD();
  }
}
