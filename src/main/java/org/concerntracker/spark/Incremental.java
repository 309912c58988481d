package org.concerntracker.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.concerntracker.ingest.FileIngestor;
import org.concerntracker.model.Document;
import org.concerntracker.nlp.Analysis;
import scala.Tuple2;

/**
 * The two decisions of an incremental run ({@code pipeline --incremental}), each made so that the
 * result is the same, row for row, as a full run over the same inputs:
 *
 * <ol>
 *   <li>{@link #plan Which files to read}: a file is taken from the previous version when that
 *       version read a file of the same kind at the same path with the same key (its SHA-256 and
 *       those of the companion files its reader reads, such as ParlaMint's {@code -meta.tsv}). What
 *       it gave its reader — documents and rejects, <em>before</em> documents were merged across
 *       files — comes from the version's state, so merging (same doc_id in two files, syndicated
 *       copies) is redone over old and new files together. New and changed files are read. Files
 *       the previous version read that are no longer among the inputs drop out, as they would from
 *       a full run.
 *   <li>{@link #split Which documents to analyse}: a merged document equal in every column to one
 *       of the previous version keeps that version's analysis (mentions, evidence, rejects); the
 *       others go through the NLP stage. Analysis depends only on the document, the members
 *       registry, the platform catalogue and the build, and {@link PreviousVersion#open} has
 *       checked the last three.
 * </ol>
 */
final class Incremental {

  private Incremental() {}

  /** The files to read, and those whose ingest results the previous version holds. */
  record Plan(
      List<InputListing.Entry> read,
      Set<String> reused,
      List<FileIngestor.FileInfo> reusedFiles,
      List<String> reusedKeys) {

    static Plan readAll(List<InputListing.Entry> files) {
      return new Plan(files, Set.of(), List.of(), List.of());
    }
  }

  /** Checksums every input (one task per file) and compares them with the previous version. */
  static Plan plan(
      JavaSparkContext jsc, List<InputListing.Entry> files, PreviousVersion previous, int slices) {
    if (!previous.usable() || files.isEmpty()) {
      return Plan.readAll(files);
    }
    List<Tuple2<InputListing.Entry, FileIngestor.Fingerprint>> keyed =
        jsc.parallelize(files, slices)
            .map(
                e ->
                    new Tuple2<>(
                        e,
                        FileIngestor.fingerprint(e.kind(), new HadoopInputFile(e.uri(), e.size()))))
            .collect();
    List<InputListing.Entry> read = new ArrayList<>();
    Set<String> reused = new HashSet<>();
    List<FileIngestor.FileInfo> infos = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Tuple2<InputListing.Entry, FileIngestor.Fingerprint> t : keyed) {
      InputListing.Entry e = t._1();
      String path = new HadoopInputFile(e.uri(), e.size()).path();
      PreviousVersion.FileState before = previous.files().get(path);
      String key = t._2().key();
      if (before != null
          && key != null
          && key.equals(before.inputKey())
          && before.kind().equals(e.kind().name().toLowerCase(java.util.Locale.ROOT))) {
        reused.add(path);
        infos.add(before.info());
        keys.add(key);
      } else {
        read.add(e);
      }
    }
    return new Plan(read, reused, infos, keys);
  }

  /** The documents to analyse, and the previous analyses of those that have not changed. */
  record Split(JavaRDD<Document> analyse, JavaPairRDD<String, Analysis> reused) {}

  static Split split(JavaRDD<Document> documents, PreviousVersion previous) {
    if (!previous.usable()) {
      return new Split(documents, null);
    }
    JavaPairRDD<String, Tuple2<Document, org.apache.spark.api.java.Optional<Document>>> joined =
        documents.mapToPair(d -> new Tuple2<>(d.docId(), d)).leftOuterJoin(previous.documents());
    JavaPairRDD<String, Boolean> unchanged =
        joined
            .filter(t -> t._2()._2().isPresent() && t._2()._2().get().equals(t._2()._1()))
            .mapValues(t -> Boolean.TRUE);
    JavaRDD<Document> changed =
        joined
            .filter(t -> !(t._2()._2().isPresent() && t._2()._2().get().equals(t._2()._1())))
            .map(t -> t._2()._1());
    return new Split(changed, previous.analyses(unchanged));
  }
}
