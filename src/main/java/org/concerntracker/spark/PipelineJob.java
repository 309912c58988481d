package org.concerntracker.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.concerntracker.aggregate.DocumentJudgement;
import org.concerntracker.ingest.FileIngestor;
import org.concerntracker.ingest.InputKind;
import org.concerntracker.ingest.news.BylineMemberResolver;
import org.concerntracker.ingest.news.NewsDeduplicator;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.model.Document;
import org.concerntracker.model.Evidence;
import org.concerntracker.model.Reject;
import org.concerntracker.model.Source;
import org.concerntracker.nlp.Analysis;
import org.concerntracker.nlp.DocumentAnalyzer;
import org.concerntracker.nlp.PlatformCatalog;
import scala.Tuple2;

/**
 * The pipeline: Hansard and news in, the seven tables of CONTRACT.md out, published atomically.
 * Re-running on the same input gives the same rows in every table but {@code runs}.
 */
public final class PipelineJob {

  /** The pipeline's options; see {@code jobs/ct pipeline --help}. */
  public record Options(
      List<String> hansard,
      List<String> news,
      String members,
      String out,
      String platforms,
      String master,
      int partitions) {}

  /** What a run found, for the command-line summary. */
  public record Summary(String runId, Map<String, Long> counts, String out) {}

  private PipelineJob() {}

  public static Summary run(Options o) throws IOException {
    // Steps:
    //  1. Load the members registry and the platform catalogue on the driver; broadcast them.
    //  2. List the input files (a missing path is a usage error, reported before any work).
    //  3. Ingest: one task per file reads, checksums, and resolves Hansard speakers.
    //  4. One document per doc_id (copies with the same text merge; a different text under the same
    //     id is a reject); news articles with the same text under different ids (syndicated copies)
    //     merge too, keeping every URL; then each article's member author (byline, op-ed title).
    //  5. Annotate: platform filter, CoreNLP on the selected sentences, attribution and stance.
    //  6. Aggregate document stances into mp_platform_month and platform_month.
    //  7. Write every table into a new version directory, record the run, publish atomically.
    Instant started = Instant.now();
    String runId = runId(started);
    MemberRegistry registry = loadMembers(o.members());
    PlatformCatalog catalog =
        o.platforms() == null
            ? PlatformCatalog.builtIn()
            : PlatformCatalog.withExtension(Path.of(o.platforms()));

    SparkSession spark = SparkSessions.getOrCreate(o.master(), "concern-tracker pipeline");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    List<InputListing.Entry> files = new ArrayList<>();
    files.addAll(InputListing.list(InputKind.HANSARD, o.hansard(), conf));
    files.addAll(InputListing.list(InputKind.NEWS, o.news(), conf));

    Broadcast<MemberRegistry> members = jsc.broadcast(registry);
    Broadcast<PlatformCatalog> platforms = jsc.broadcast(catalog);
    // Several partitions per core (issue 8): a partition's NLP cost varies a lot with how many of
    // its documents need the heavy parse, so cores that finish early take more work.
    int parallelism =
        o.partitions() > 0 ? o.partitions() : 4 * Math.max(2, jsc.defaultParallelism());

    // 3. Ingest
    JavaRDD<FileIngestor.Result> ingested =
        jsc.parallelize(files, Math.max(1, Math.min(files.size(), parallelism)))
            .map(
                e ->
                    FileIngestor.ingest(
                        e.kind(), new HadoopInputFile(e.uri(), e.size()), members.value()))
            .persist(StorageLevel.MEMORY_AND_DISK());

    // 4. One document per id
    JavaPairRDD<String, Document> byId =
        ingested.flatMap(r -> r.documents().iterator()).mapToPair(d -> new Tuple2<>(d.docId(), d));
    JavaRDD<Tuple2<Document, List<Reject>>> unique =
        byId.groupByKey(parallelism).map(g -> DuplicateIds.keepOne(g._2()));
    JavaRDD<Document> firstCopies = unique.map(Tuple2::_1);
    JavaRDD<Document> news =
        firstCopies
            .filter(d -> d.source() == Source.NEWS)
            .mapToPair(d -> new Tuple2<>(NewsDeduplicator.textKey(d), d))
            .groupByKey(parallelism)
            .map(g -> NewsDeduplicator.mergeGroup(toList(g._2())))
            .map(d -> new BylineMemberResolver(members.value()).withAuthor(d));
    JavaRDD<Document> documents =
        firstCopies
            .filter(d -> d.source() == Source.HANSARD)
            .union(news)
            .repartition(parallelism)
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Stage clocks (issue 8, read by jobs/bench): each cached stage is materialised on its own so
    // its wall-clock time is known; later steps read it from the cache, so nothing runs twice.
    long clock = System.nanoTime();
    documents.count();
    long ingestNanos = System.nanoTime() - clock;
    // What later steps need of the ingest (file infos, rejects) is kept; the texts it read are
    // cached once, as documents, not twice (issue 8).
    JavaRDD<FileIngestor.Result> ingestedFiles =
        ingested
            .map(r -> new FileIngestor.Result(r.file(), List.of(), r.rejects()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    ingestedFiles.count();
    ingested.unpersist(false);

    // 5. Annotate
    JavaRDD<Tuple2<String, Analysis>> analyses =
        documents
            .mapPartitions(
                it -> {
                  DocumentAnalyzer analyzer =
                      new DocumentAnalyzer(platforms.value(), members.value());
                  List<Tuple2<String, Analysis>> out = new ArrayList<>();
                  it.forEachRemaining(d -> out.add(new Tuple2<>(d.docId(), analyzer.analyze(d))));
                  return out.iterator();
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    clock = System.nanoTime();
    analyses.count();
    long nlpStageNanos = System.nanoTime() - clock;
    clock = System.nanoTime();
    JavaRDD<Evidence> evidence = analyses.flatMap(a -> a._2().evidence().iterator());
    JavaRDD<Reject> rejects =
        ingestedFiles
            .flatMap(r -> r.rejects().iterator())
            .union(unique.flatMap(t -> t._2().iterator()))
            .union(analyses.flatMap(a -> a._2().rejects().iterator()));

    // 6. Aggregate
    JavaRDD<DocumentJudgement> judgements =
        evidence
            .filter(e -> e.date() != null)
            .map(DocumentJudgement::of)
            .mapToPair(j -> new Tuple2<>(j.key(), j))
            .reduceByKey(DocumentJudgement::strongest)
            .values()
            .persist(StorageLevel.MEMORY_AND_DISK());

    // 7. Write and publish
    OutputStore store = new OutputStore(o.out(), runId);
    TableWriter writer = new TableWriter(spark, store);
    writer.write(Tables.DOCUMENTS, documents.map(Tables::row));
    writer.write(
        Tables.MENTIONS, analyses.flatMap(a -> a._2().mentions().iterator()).map(Tables::row));
    writer.write(Tables.EVIDENCE, evidence.map(Tables::row));
    writer.write(Tables.MP_PLATFORM_MONTH, Aggregates.mpPlatformMonth(judgements));
    writer.write(Tables.PLATFORM_MONTH, Aggregates.platformMonth(judgements));
    writer.write(Tables.REJECTS, rejects.map(Tables::row));

    Map<String, Long> counts = new TreeMap<>(writer.counts());
    counts.put("input_files", (long) files.size());
    Analysis.Totals totals =
        analyses
            .map(a -> Analysis.Totals.of(a._2()))
            .fold(Analysis.Totals.ZERO, Analysis.Totals::plus);
    counts.put("sentences_split", totals.sentences());
    counts.put("sentences_parsed", totals.parsedSentences());
    counts.put("documents_with_platform", totals.documentsWithPlatform());
    counts.put("documents_split", totals.documentsSplit());
    counts.put("nlp_ms", totals.nlpNanos() / 1_000_000);
    counts.put("stage_ingest_ms", ingestNanos / 1_000_000);
    counts.put("stage_nlp_ms", nlpStageNanos / 1_000_000);
    counts.put("stage_aggregate_write_ms", (System.nanoTime() - clock) / 1_000_000);
    List<FileIngestor.FileInfo> inputs =
        new ArrayList<>(ingestedFiles.map(FileIngestor.Result::file).collect());
    inputs.sort(Comparator.comparing(FileIngestor.FileInfo::path));
    writer.writeRuns(runId, started, Instant.now(), inputs, counts, config(o), o.out());
    store.commit(conf);
    for (JavaRDD<?> r : List.of(ingestedFiles, documents, analyses, judgements)) {
      r.unpersist(false);
    }
    return new Summary(runId, counts, o.out());
  }

  private static <T> List<T> toList(Iterable<T> items) {
    List<T> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  static MemberRegistry loadMembers(String members) throws IOException {
    if (members == null) {
      return MemberRegistry.empty();
    }
    Path p = Path.of(members);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("--members " + members + ": no such file");
    }
    try (InputStream in = Files.newInputStream(p)) {
      return MemberRegistry.load(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "--members " + members + ": unreadable: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> config(Options o) {
    Map<String, String> c = new TreeMap<>();
    c.put("hansard", String.join(",", o.hansard()));
    c.put("news", String.join(",", o.news()));
    c.put("members", o.members());
    c.put("platforms", o.platforms());
    c.put("master", o.master() == null ? "local[*]" : o.master());
    c.put(
        "annotators",
        "tokenize,ssplit (text naming a platform and a member who could hold a view);"
            + " pos,lemma,ner,depparse (selected sentences)");
    return c;
  }

  private static String runId(Instant started) {
    String ts =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC)
            .format(started);
    return ts + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
  }
}
