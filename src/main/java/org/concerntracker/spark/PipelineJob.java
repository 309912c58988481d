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
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.concerntracker.aggregate.DocumentJudgement;
import org.concerntracker.ingest.FileIngestor;
import org.concerntracker.ingest.InputKind;
import org.concerntracker.ingest.Inputs;
import org.concerntracker.ingest.LocalInputFile;
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
      int partitions,
      boolean incremental) {

    /** The options of a full run (every input read and analysed). */
    public Options(
        List<String> hansard,
        List<String> news,
        String members,
        String out,
        String platforms,
        String master,
        int partitions) {
      this(hansard, news, members, out, platforms, master, partitions, false);
    }
  }

  /**
   * What a run found, for the command-line summary; {@code incremental} says what an incremental
   * run reused, or why it read everything.
   */
  public record Summary(String runId, Map<String, Long> counts, String out, String incremental) {}

  private PipelineJob() {}

  public static Summary run(Options o) throws IOException {
    // Steps:
    //  1. Load the members registry and the platform catalogue on the driver; broadcast them.
    //  2. List the input files (a missing path is a usage error, reported before any work); take
    //     the output's lock (one run at a time per --out; see OutputStore).
    //  3. Ingest: one task per file reads, checksums, and resolves Hansard speakers. With
    //     --incremental, files the previous version read with the same checksum are not read
    //     again: what they gave comes from that version's state (see Incremental).
    //  4. One document per doc_id (copies with the same text merge; a different text under the same
    //     id is a reject); news articles with the same text under different ids (syndicated copies)
    //     merge too, keeping every URL; then each article's member author (byline, op-ed title).
    //  5. Annotate: platform filter, CoreNLP on the selected sentences, attribution and stance.
    //     With --incremental, a document identical to one of the previous version keeps its
    //     analysis.
    //  6. Aggregate document stances into mp_platform_month and platform_month.
    //  7. Write every table, and the state an incremental run needs, into a new version
    //     directory; record the run; publish atomically.
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
    try (OutputStore.Lock lock = OutputStore.lock(o.out(), runId)) {
      return runLocked(o, runId, started, registry, catalog, spark, files);
    }
  }

  /** Steps 3 to 7, with the output's lock held. */
  private static Summary runLocked(
      Options o,
      String runId,
      Instant started,
      MemberRegistry registry,
      PlatformCatalog catalog,
      SparkSession spark,
      List<InputListing.Entry> files)
      throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = jsc.hadoopConfiguration();
    Map<String, String> config = config(o);
    Map<String, String> versions = versions(spark);
    Broadcast<MemberRegistry> members = jsc.broadcast(registry);
    Broadcast<PlatformCatalog> platforms = jsc.broadcast(catalog);
    // Several partitions per core (issue 8): a partition's NLP cost varies a lot with how many of
    // its documents need the heavy parse, so cores that finish early take more work.
    int parallelism =
        o.partitions() > 0 ? o.partitions() : 4 * Math.max(2, jsc.defaultParallelism());

    // 3. Ingest
    int slices = Math.max(1, Math.min(files.size(), parallelism * 4));
    PreviousVersion previous =
        o.incremental()
            ? PreviousVersion.open(spark, o.out(), environment(config, versions))
            : PreviousVersion.none("not an incremental run");
    Incremental.Plan plan = Incremental.plan(jsc, files, previous, slices);
    JavaRDD<FileIngestor.Result> ingested =
        jsc.parallelize(plan.read(), Math.max(1, Math.min(plan.read().size(), parallelism)))
            .map(
                e -> {
                  Steps.markOnce("ingest");
                  return FileIngestor.ingest(
                      e.kind(), new HadoopInputFile(e.uri(), e.size()), members.value());
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    // (file, what its reader gave): read now, or taken from the previous version's state.
    JavaRDD<Tuple2<String, Document>> fileDocuments =
        ingested
            .flatMap(r -> withFile(r.file().path(), r.documents()).iterator())
            .union(previous.usable() ? previous.ingestedDocuments(plan.reused()) : jsc.emptyRDD());
    JavaRDD<Tuple2<String, Reject>> fileRejects =
        ingested
            .flatMap(r -> withFile(r.file().path(), r.rejects()).iterator())
            .union(previous.usable() ? previous.ingestedRejects(plan.reused()) : jsc.emptyRDD());

    // 4. One document per id
    JavaPairRDD<String, Document> byId =
        fileDocuments.map(Tuple2::_2).mapToPair(d -> new Tuple2<>(d.docId(), d));
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
            // Spread by doc id, not round-robin: a round-robin repartition of the shuffled
            // (unordered) input is indeterminate, so a cluster that loses an executor after its
            // first tasks could not recompute it, and the run would fail.
            .mapToPair(d -> new Tuple2<>(d.docId(), d))
            .partitionBy(new HashPartitioner(parallelism))
            .values()
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Stage clocks (issue 8, read by jobs/bench): each cached stage is materialised on its own so
    // its wall-clock time is known; later steps read it from the cache, so nothing runs twice.
    long clock = System.nanoTime();
    documents.count();
    long ingestNanos = System.nanoTime() - clock;

    // 5. Annotate
    Incremental.Split split = Incremental.split(documents, previous);
    JavaRDD<Tuple2<String, Analysis>> analysed =
        split
            .analyse()
            .mapPartitions(
                it -> {
                  if (!it.hasNext()) {
                    return java.util.Collections.emptyIterator();
                  }
                  Steps.markOnce("annotate");
                  DocumentAnalyzer analyzer =
                      new DocumentAnalyzer(platforms.value(), members.value());
                  List<Tuple2<String, Analysis>> out = new ArrayList<>();
                  it.forEachRemaining(d -> out.add(new Tuple2<>(d.docId(), analyzer.analyze(d))));
                  return out.iterator();
                });
    JavaRDD<Tuple2<String, Analysis>> analyses =
        (split.reused() == null
                ? analysed
                : analysed.union(split.reused().map(t -> new Tuple2<>(t._1(), t._2()))))
            .persist(StorageLevel.MEMORY_AND_DISK());
    clock = System.nanoTime();
    analyses.count();
    long nlpStageNanos = System.nanoTime() - clock;
    clock = System.nanoTime();
    JavaRDD<Evidence> evidence = analyses.flatMap(a -> a._2().evidence().iterator());
    JavaRDD<Reject> rejects =
        fileRejects
            .map(Tuple2::_2)
            .union(unique.flatMap(t -> t._2().iterator()))
            .union(analyses.flatMap(a -> a._2().rejects().iterator()))
            .union(jsc.parallelize(registry.problems(), 1));

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
    // Each input file with its key (checksum with its companions'), read now or taken over.
    List<Tuple2<FileIngestor.FileInfo, String>> read = new ArrayList<>();
    read.addAll(ingested.map(r -> new Tuple2<>(r.file(), r.inputKey())).collect());
    for (int i = 0; i < plan.reusedFiles().size(); i++) {
      read.add(new Tuple2<>(plan.reusedFiles().get(i), plan.reusedKeys().get(i)));
    }
    read.sort(Comparator.comparing(t -> t._1().path()));
    List<FileIngestor.FileInfo> inputs = read.stream().map(Tuple2::_1).toList();
    counts.put("input_files_reused", (long) plan.reused().size());
    // The documents sent to analysis, counted by an action on them (not an accumulator in the
    // analysis, which a task run again after losing an executor would add to twice). They are
    // upstream of the analysis, so counting them analyses nothing again.
    counts.put("documents_reanalysed", split.analyse().count());
    config.put(
        "incremental",
        previous.usable()
            ? "yes: built on " + previous.dir()
            : o.incremental() ? "no: " + previous.reason() : "no");
    writer.writeState(read, fileDocuments, fileRejects, analyses);
    counts.put("stage_aggregate_write_ms", (System.nanoTime() - clock) / 1_000_000);
    writer.writeRuns(
        runId,
        started,
        Instant.now(),
        inputs,
        counts,
        versions,
        config,
        previous.usable(),
        o.out());
    Steps.mark("commit");
    store.commit(conf);
    for (JavaRDD<?> r : List.of(ingested, documents, analyses, judgements)) {
      r.unpersist(false);
    }
    return new Summary(
        runId,
        counts,
        o.out(),
        previous.usable()
            ? "incremental: "
                + plan.reused().size()
                + " of "
                + inputs.size()
                + " input files and "
                + (counts.getOrDefault("documents", 0L) - counts.get("documents_reanalysed"))
                + " documents' analyses reused"
            : o.incremental() ? "full run: " + previous.reason() : "full run");
  }

  private static <T> List<Tuple2<String, T>> withFile(String file, List<T> items) {
    List<Tuple2<String, T>> out = new ArrayList<>(items.size());
    for (T t : items) {
      out.add(new Tuple2<>(file, t));
    }
    return out;
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
    // Unreadable as a whole (not Popolo JSON, cut short, binary, an array): a usage error with a
    // one-line reason. Bad entries in a readable file become rejects (MemberRegistry#problems).
    try (InputStream in = Inputs.open(new LocalInputFile(p))) {
      return MemberRegistry.load(in, p.toString());
    } catch (IOException | RuntimeException e) {
      String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
      throw new IllegalArgumentException(
          "--members " + members + ": unreadable: " + (why.isEmpty() ? e.toString() : why), e);
    }
  }

  /**
   * What the run was asked to do, and the checksums of the files its results depend on besides the
   * inputs (an incremental run compares them, see PreviousVersion).
   */
  private static Map<String, String> config(Options o) throws IOException {
    Map<String, String> c = new TreeMap<>();
    c.put("hansard", String.join(",", o.hansard()));
    c.put("news", String.join(",", o.news()));
    c.put("members", o.members());
    c.put("members_sha256", o.members() == null ? "none" : sha256(o.members()));
    c.put("platforms", o.platforms());
    c.put("platforms_sha256", o.platforms() == null ? "built-in" : sha256(o.platforms()));
    c.put("partitions", o.partitions() > 0 ? String.valueOf(o.partitions()) : "default");
    c.put("master", o.master() == null ? "local[*]" : o.master());
    c.put(
        "annotators",
        "tokenize,ssplit (text naming a platform and a member who could hold a view);"
            + " pos,lemma,ner,depparse (selected sentences)");
    return c;
  }

  /**
   * The versions recorded in {@code runs}: the project's, CoreNLP's and Spark's it was built with,
   * the build's fingerprint, and the Spark and Java it runs on.
   */
  private static Map<String, String> versions(SparkSession spark) {
    Map<String, String> v = new TreeMap<>(org.concerntracker.Versions.all());
    v.put("build", BuildFingerprint.get());
    v.put("spark", spark.version());
    return v;
  }

  /** This run's values of {@link PreviousVersion#ENVIRONMENT}. */
  private static Map<String, String> environment(
      Map<String, String> config, Map<String, String> versions) {
    Map<String, String> e = new TreeMap<>();
    config.forEach((k, v) -> e.put("config:" + k, v));
    versions.forEach((k, v) -> e.put("versions:" + k, v));
    return e;
  }

  private static String sha256(String localFile) throws IOException {
    return FileIngestor.sha256(new LocalInputFile(Path.of(localFile)));
  }

  private static String runId(Instant started) {
    String ts =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC)
            .format(started);
    return ts + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
  }
}
