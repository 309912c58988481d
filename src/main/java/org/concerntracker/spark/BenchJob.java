package org.concerntracker.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.bench.BenchCorpus;
import org.concerntracker.bench.HeapPeak;
import org.concerntracker.bench.Machine;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.model.Document;
import org.concerntracker.nlp.BareCoreNlp;
import org.concerntracker.nlp.CoreNlp;
import org.concerntracker.nlp.DocumentAnalyzer;
import org.concerntracker.nlp.PlatformCatalog;

/**
 * {@code jobs/bench}: the pipeline's speed against bare CoreNLP, in one run on one machine.
 *
 * <ol>
 *   <li>Build a corpus of N documents sampled from the real corpus ({@link BenchCorpus}).
 *   <li>Run the pipeline on it (local mode, every core), timing it and its stages and watching the
 *       heap.
 *   <li>Read back the documents it analysed; split every one into sentences (the pipeline's
 *       tokenizer), and recompute, with the pipeline's own selection code, the sentences it sent
 *       through the heavy annotators.
 *   <li>Bare CoreNLP (the same annotators, a fresh pipeline, one thread): over a random sample of
 *       all sentences, extrapolated to all of them by characters; and over exactly the heavy
 *       sentences.
 *   <li>Print rates, ratios and one {@code bench:} line.
 * </ol>
 */
public final class BenchJob {

  /** The benchmark's options. */
  public record Options(
      int docs, long seed, int sampleSentences, Path repo, Path shared, Path work, boolean keep) {}

  /** The figures of the final line. */
  public record Result(
      long docs,
      double mb,
      double wallSeconds,
      long heavySentences,
      double keptPct,
      double pipelineVsBare,
      double nlpVsBareSame,
      long peakHeapMb) {

    public String line() {
      return String.format(
          Locale.ROOT,
          "bench: docs=%d mb=%.1f wall_s=%.1f docs_per_s=%.1f mb_per_s=%.3f heavy_sentences=%d"
              + " kept_pct=%.2f pipeline_vs_bare_corenlp=%.3f nlp_vs_bare_same_sentences=%.3f"
              + " peak_heap_mb=%d",
          docs,
          mb,
          wallSeconds,
          docs / wallSeconds,
          mb / wallSeconds,
          heavySentences,
          keptPct,
          pipelineVsBare,
          nlpVsBareSame,
          peakHeapMb);
    }
  }

  /** Sentences bare CoreNLP parses, untimed, before the timed sample. */
  private static final int WARM_UP = 200;

  private static final String BARE_HEAP = "3g";

  private BenchJob() {}

  public static Result run(Options o, PrintWriter w) throws IOException {
    // 1. The corpus
    say(w, "machine  %s", Machine.describe());
    say(w, "load     %s (before)", Machine.load());
    Path work = o.work() != null ? o.work() : Files.createTempDirectory("ct-bench");
    BenchCorpus.Pool pool = BenchCorpus.Pool.locate(o.repo(), o.shared());
    BenchCorpus.Built corpus = BenchCorpus.build(pool, o.docs(), o.seed(), work.resolve("input"));
    double mb = corpus.bytes() / 1e6;
    say(
        w,
        "corpus   %d documents (%d Hansard speeches, %d news articles), %.1f MB of input, %.1f M"
            + " characters of text, sampled from the %d documents of %s; in %s",
        o.docs(),
        corpus.hansardDocuments(),
        corpus.newsDocuments(),
        mb,
        corpus.textChars() / 1e6,
        corpus.poolDocuments(),
        corpus.pool(),
        work);

    // 2. The pipeline
    String out = work.resolve("output").toString();
    PipelineJob.Summary summary;
    long wallNanos;
    long peakBytes;
    long cpuNanos;
    try (HeapPeak heap = HeapPeak.start()) {
      long cpu0 = Machine.processCpuNanos();
      long t0 = System.nanoTime();
      summary =
          PipelineJob.run(
              new PipelineJob.Options(
                  List.of(corpus.hansard().toString()),
                  List.of(corpus.news().toString()),
                  corpus.members().toString(),
                  out,
                  null,
                  null,
                  0));
      wallNanos = System.nanoTime() - t0;
      cpuNanos = Machine.processCpuNanos() - cpu0;
      peakBytes = heap.bytes();
    }
    Map<String, Long> c = summary.counts();
    double wall = wallNanos / 1e9;
    long documents = c.getOrDefault("documents", 0L);
    say(w, "load     %s (after the pipeline)", Machine.load());
    say(
        w,
        "pipeline %.1f s wall (%.1f s CPU): %.1f docs/s, %.3f MB/s; stages: ingest %.1f s, nlp %.1f s,"
            + " aggregate+write %.1f s (rest: session, listing, runs, commit); peak heap %d MB"
            + " after GC (of -Xmx %d MB)",
        wall,
        cpuNanos / 1e9,
        documents / wall,
        mb / wall,
        c.getOrDefault("stage_ingest_ms", 0L) / 1e3,
        c.getOrDefault("stage_nlp_ms", 0L) / 1e3,
        c.getOrDefault("stage_aggregate_write_ms", 0L) / 1e3,
        peakBytes >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    say(
        w,
        "pipeline %d documents, %d name a platform; %d sentences split, %d parsed; CoreNLP time"
            + " summed over tasks %.1f s; %d evidence rows, %d rejects",
        documents,
        c.getOrDefault("documents_with_platform", 0L),
        c.getOrDefault("sentences_split", 0L),
        c.getOrDefault("sentences_parsed", 0L),
        c.getOrDefault("nlp_ms", 0L) / 1e3,
        c.getOrDefault("evidence", 0L),
        c.getOrDefault("rejects", 0L));

    // 3. The sentences: all of them, and those the pipeline parsed
    SparkSession spark = SparkSessions.getOrCreate(null, "concern-tracker bench");
    List<Document> docs = readDocuments(spark, out);
    MemberRegistry registry = PipelineJob.loadMembers(corpus.members().toString());
    PlatformCatalog catalog = PlatformCatalog.builtIn();
    long t0 = System.nanoTime();
    CoreNlp splitter = new CoreNlp(catalog); // thread-safe: its pipelines are the JVM's
    List<List<String>> sentencesByDoc =
        IntStream.range(0, docs.size())
            .parallel()
            .mapToObj(i -> sentences(splitter, docs.get(i).text()))
            .toList();
    DocumentAnalyzer analyzer = new DocumentAnalyzer(catalog, registry);
    List<String> heavy = new ArrayList<>();
    for (Document d : docs) {
      heavy.addAll(analyzer.heavySentences(d));
    }
    long allSentences = sentencesByDoc.stream().mapToLong(List::size).sum();
    long allChars = sentencesByDoc.stream().flatMap(List::stream).mapToLong(String::length).sum();
    double keptPct = allSentences == 0 ? 0 : 100.0 * heavy.size() / allSentences;
    say(
        w,
        "selection %d sentences in all (%.1f M characters; split in %.1f s on every core); the"
            + " pipeline's selection keeps %d (%.2f%%)%s",
        allSentences,
        allChars / 1e6,
        (System.nanoTime() - t0) / 1e9,
        heavy.size(),
        keptPct,
        heavy.size() == c.getOrDefault("sentences_parsed", -1L)
            ? ", as many as the pipeline parsed"
            : ", BUT the pipeline reported "
                + c.getOrDefault("sentences_parsed", -1L)
                + " parsed (documents that failed analysis?)");

    // 4. Bare CoreNLP, each set in a fresh JVM. The sample of all sentences is timed after a
    // warm-up (its time is extrapolated to hours of parsing, where start-up does not count); the
    // pipeline's own sentences are timed cold, as the pipeline's NLP stage starts cold.
    List<String> shuffled = shuffled(sentencesByDoc, o.seed());
    int warmUp = Math.min(WARM_UP, Math.max(0, shuffled.size() - o.sampleSentences()));
    List<String> sample =
        shuffled.subList(0, Math.min(shuffled.size(), warmUp + o.sampleSentences()));
    BareCoreNlp.Result s = bare(work.resolve("bare-sample.txt"), sample, warmUp);
    double sampleSeconds = s.nanos() / 1e9;
    double perChar = s.chars() == 0 ? 0 : sampleSeconds / s.chars();
    double allSeconds = perChar * allChars;
    BareCoreNlp.Result same = bare(work.resolve("bare-heavy.txt"), heavy, 0);
    double load = same.loadNanos() / 1e9;
    double sameSeconds = same.nanos() / 1e9;
    say(
        w,
        "bare     random sample of %d of the %d sentences (%d tokens, %d characters), after %d"
            + " others to warm up: %.1f s, %.0f tokens/s; EXTRAPOLATED by characters to all"
            + " sentences: %.0f s (+ %.1f s load)",
        s.sentences(),
        allSentences,
        s.tokens(),
        s.chars(),
        warmUp,
        sampleSeconds,
        s.tokens() / Math.max(sampleSeconds, 1e-9),
        allSeconds,
        load);
    say(
        w,
        "bare     the %d sentences the pipeline parsed (%d tokens), cold: load %.1f s, parse %.1f"
            + " s, %.0f tokens/s",
        same.sentences(),
        same.tokens(),
        load,
        sameSeconds,
        same.tokens() / Math.max(sameSeconds, 1e-9));
    say(w, "load     %s (after bare CoreNLP)", Machine.load());

    // 5. Ratios. Both bare times include one model load, as the pipeline's do.
    double nlpStage = c.getOrDefault("stage_nlp_ms", 0L) / 1e3;
    double pipelineVsBare = wall / (allSeconds + load);
    double nlpVsSame = nlpStage / (sameSeconds + load);
    say(
        w,
        "ratio    pipeline wall / bare CoreNLP over all sentences = %.1f / %.1f = %.3f (aim <"
            + " 0.1)",
        wall,
        allSeconds + load,
        pipelineVsBare);
    say(
        w,
        "ratio    pipeline nlp stage wall / bare CoreNLP on the same sentences = %.1f / %.1f ="
            + " %.3f (aim < 0.85); without the model load on either side: %.1f / %.1f = %.3f",
        nlpStage,
        sameSeconds + load,
        nlpVsSame,
        Math.max(0, nlpStage - load),
        sameSeconds,
        sameSeconds == 0 ? 0 : Math.max(0, nlpStage - load) / sameSeconds);
    if (!o.keep() && o.work() == null) {
      OutputStore.deleteTree(work);
    }
    return new Result(
        documents, mb, wall, heavy.size(), keptPct, pipelineVsBare, nlpVsSame, peakBytes >> 20);
  }

  private static List<String> sentences(CoreNlp nlp, String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (CoreNlp.Span sp : nlp.sentences(text)) {
      out.add(text.substring(sp.begin(), sp.end()));
    }
    return out;
  }

  /** Every sentence, in a random order. */
  private static List<String> shuffled(List<List<String>> byDoc, long seed) {
    List<String> all = new ArrayList<>();
    byDoc.forEach(all::addAll);
    Collections.shuffle(all, new Random(seed));
    return all;
  }

  /** Bare CoreNLP over {@code sentences} in a JVM of its own (the first {@code warmUp} untimed). */
  private static BareCoreNlp.Result bare(Path file, List<String> sentences, int warmUp)
      throws IOException {
    BareCoreNlp.write(file, sentences);
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + BARE_HEAP,
            "-cp",
            System.getProperty("java.class.path"),
            "-Dlog4j2.configurationFile=classpath:log4j2-ct.properties",
            BareCoreNlp.class.getName(),
            file.toString(),
            Integer.toString(warmUp));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String last = null;
    try (var r = p.inputReader()) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("bare-corenlp ")) {
          last = line;
        }
      }
      if (p.waitFor() != 0 || last == null) {
        throw new IOException("bare CoreNLP failed (exit " + p.exitValue() + "): " + cmd);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return BareCoreNlp.Result.parse(last);
  }

  /** The documents table as the pipeline wrote it, read back as it reads its own state. */
  private static List<Document> readDocuments(SparkSession spark, String out) {
    List<Document> docs = new ArrayList<>();
    for (Row r : spark.read().parquet(out + "/" + Tables.DOCUMENTS.table()).collectAsList()) {
      docs.add(TableRows.document(r));
    }
    docs.sort(java.util.Comparator.comparing(Document::docId));
    return docs;
  }

  private static void say(PrintWriter w, String format, Object... args) {
    w.println(String.format(Locale.ROOT, format, args));
    w.flush();
  }
}
