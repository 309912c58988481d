package org.concerntracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pipeline --incremental} gives the same rows, in every table but {@code runs}, as a full
 * run over the same inputs. The inputs change between the two runs in every way that matters:
 *
 * <ul>
 *   <li>a new file (a Westminster Hall debate);
 *   <li>a changed file ({@code articles.jsonl}): one article's text changes so that it no longer
 *       merges with its syndicated copy in an unchanged file, another's so that it now equals the
 *       copy under the same id in that unchanged file (a reject before, a merge now), and the
 *       broken line is fixed;
 *   <li>a deleted file (an HTML page whose article was merged with the same article in a WARC file:
 *       the merged document's origin and URLs change);
 *   <li>a changed companion (ParlaMint's {@code -meta.tsv}) beside an unchanged sitting, which must
 *       be read again;
 *   <li>unchanged files, including one holding copies of articles in the changed file.
 * </ul>
 */
class IncrementalTest {

  @TempDir static Path dir;
  static SparkSession spark;
  static Path in;
  static PipelineJob.Summary first;
  static PipelineJob.Summary incremental;
  static PipelineJob.Summary full;
  static Map<String, List<String>> before;
  static StageWatch incrementalStages;

  @BeforeAll
  static void runThreeTimes() throws Exception {
    spark = SharedSpark.get();
    in = dir.resolve("in");
    writeFirstInputs();
    String out = dir.resolve("out").toString();
    first = PipelineJob.run(options(out, false));
    // The incremental run publishes under the same --out: keep what the first one published.
    before = OutputSnapshot.of(spark, out);
    changeInputs();
    incrementalStages =
        StageWatch.during(
            spark.sparkContext(), () -> incremental = PipelineJob.run(options(out, true)));
    full = PipelineJob.run(options(dir.resolve("full").toString(), false));
  }

  static PipelineJob.Options options(String out, boolean incremental) {
    return new PipelineJob.Options(
        List.of(in.resolve("hansard").toString()),
        List.of(in.resolve("news").toString()),
        TestData.sample("members/people.json").toString(),
        out,
        null,
        null,
        0,
        incremental);
  }

  private static final Path PARLAMINT =
      TestData.repo().resolve("src/test/resources/hansard/parlamint");
  private static final String SITTING = "ParlaMint-GB_2021-03-16-commons";

  static void writeFirstInputs() throws Exception {
    Files.createDirectories(in.resolve("hansard/parlamint"));
    Files.createDirectories(in.resolve("news/html"));
    Files.createDirectories(in.resolve("news/warc"));
    Files.copy(
        TestData.sample("hansard/lords2020-07-14.xml"), in.resolve("hansard/lords2020-07-14.xml"));
    for (String f : List.of(SITTING + ".xml", SITTING + "-meta.tsv")) {
      Files.copy(PARLAMINT.resolve(f), in.resolve("hansard/parlamint").resolve(f));
    }
    Files.copy(TestData.sample("news/articles.jsonl"), in.resolve("news/articles.jsonl"));
    Files.copy(
        TestData.sample("news/html/sample-gazette-oped.html"),
        in.resolve("news/html/sample-gazette-oped.html"));
    Files.copy(
        TestData.sample("news/warc/sample-news.warc.gz"),
        in.resolve("news/warc/sample-news.warc.gz"));
    List<String> articles = Files.readAllLines(in.resolve("news/articles.jsonl"));
    Files.write(
        in.resolve("news/copies.jsonl"),
        List.of(
            // sample-news-003 again, same id and text, from a mirror: one document, two URLs.
            articles.get(2).replace("https://news.example.org/", "https://mirror.example.net/"),
            // sample-news-008's id with another text: a reject while the texts differ.
            "{\"id\": \"sample-news-008\", \"url\": \"https://copies.example.net/kaspersky\","
                + " \"date\": \"2022-03-16\", \"title\": \"Kaspersky warning\", \"text\": \""
                + KASPERSKY
                + "\"}",
            // sample-news-010's text under another id: merged with it while the texts agree.
            articles
                .get(10)
                .replace("\"sample-news-010\"", "\"copy-wechat\"")
                .replace("https://news.example.org/", "https://syndicated.example.com/")));
  }

  /** Long enough (over 200 characters) for the text alone to identify the article. */
  static final String KASPERSKY =
      "MPs were told that Kaspersky antivirus software should not be used on Government laptops"
          + " because of the risk that the Russian state could demand access to data. Officials"
          + " said departments would replace it over the coming months.";

  static void changeInputs() throws Exception {
    Files.copy(
        TestData.sample("hansard/westminster2022-11-24a.xml"),
        in.resolve("hansard/westminster2022-11-24a.xml"));
    Files.delete(in.resolve("news/html/sample-gazette-oped.html"));
    List<String> articles = new ArrayList<>();
    for (String line : Files.readAllLines(in.resolve("news/articles.jsonl"))) {
      if (line.contains("sample-news-broken")) {
        continue;
      }
      if (line.contains("\"sample-news-010\"")) {
        line = line.replace("\"text\": \"", "\"text\": \"Updated: ");
      }
      if (line.contains("\"sample-news-008\"")) {
        line = line.replaceFirst("\"text\": \"[^\"]*\"", "\"text\": \"" + KASPERSKY + "\"");
      }
      articles.add(line);
    }
    Files.write(in.resolve("news/articles.jsonl"), articles);
    Path meta = in.resolve("hansard/parlamint").resolve(SITTING + "-meta.tsv");
    Files.writeString(
        meta,
        Files.readString(meta).replace("Evans, Luke\t", "Evans, Luke James\t"),
        StandardCharsets.UTF_8);
  }

  @Test
  void incrementalRunEqualsAFullRunRowByRow() throws Exception {
    Map<String, List<String>> inc = OutputSnapshot.of(spark, incremental.out());
    Map<String, List<String>> all = OutputSnapshot.of(spark, full.out());
    // The paths of the inputs are the same in both runs, so origins and rejects compare as well.
    OutputSnapshot.assertSameRows(inc, all);
  }

  @Test
  void theChangesReachTheTables() throws Exception {
    Map<String, List<String>> after = OutputSnapshot.of(spark, incremental.out());
    assertThat(before.get("documents")).isNotEqualTo(after.get("documents"));
    List<Row> docs =
        spark
            .read()
            .parquet(incremental.out() + "/documents")
            .where(
                "doc_id IN ('sample-news-003', 'sample-news-008', 'copy-wechat',"
                    + " 'sample-news-010') OR doc_id LIKE 'uk.org.publicwhip/westminhall/%'")
            .select("doc_id", "urls")
            .collectAsList();
    assertThat(docs)
        .extracting(r -> r.getString(0))
        .contains("sample-news-003", "sample-news-008", "copy-wechat", "sample-news-010")
        .anyMatch(id -> id.startsWith("uk.org.publicwhip/westminhall/"));
    assertThat(
            spark
                .read()
                .parquet(incremental.out() + "/rejects")
                .where("stage = 'dedupe' OR record = 'line 9'")
                .count())
        .as("the dedupe reject and the broken line are gone")
        .isZero();
    assertThat(before.get("rejects"))
        .filteredOn(r -> r.contains(",dedupe,") || r.contains(",line 9,"))
        .hasSize(2);
  }

  @Test
  void noStageOfAnIncrementalRunHasOutputThatMayDifferWhenRecomputed() {
    // What it reuses is read back from the previous version's state: that must not make a
    // stage indeterminate either (see StageWatch).
    assertThat(incrementalStages.stages()).isGreaterThan(10);
    assertThat(incrementalStages.indeterminate()).isEmpty();
  }

  @Test
  void onlyNewAndChangedFilesAreReadAndOnlyChangedDocumentsAnalysed() {
    Row run =
        spark
            .read()
            .parquet(incremental.out() + "/runs")
            .where("run_id = '" + incremental.runId() + "'")
            .first();
    assertThat(run.<Boolean>getAs("incremental")).isTrue();
    Map<String, Long> counts = run.getJavaMap(run.fieldIndex("counts"));
    // Unchanged: the Lords debate, the WARC file and copies.jsonl. The ParlaMint sitting is the
    // same file, but its companion metadata changed, so it is read again.
    assertThat(counts.get("input_files_reused")).isEqualTo(3L);
    assertThat(counts.get("documents_reanalysed"))
        .isPositive()
        .isLessThan(counts.get("documents") / 2);
    assertThat(incremental.incremental()).startsWith("incremental: 3 of ");
    Map<String, Long> fullCounts = full.counts();
    for (String t : List.of("documents", "mentions", "evidence", "rejects", "mp_platform_month")) {
      assertThat(counts.get(t)).as(t).isEqualTo(fullCounts.get(t));
    }
  }

  @Test
  void aChangedMembersFileMeansAFullRunAndSaysWhy() {
    Row run =
        spark
            .read()
            .parquet(incremental.out() + "/runs")
            .where("run_id = '" + incremental.runId() + "'")
            .first();
    Map<String, String> environment = new java.util.TreeMap<>(PreviousVersion.environment(run));
    assertThat(PreviousVersion.open(spark, incremental.out(), environment).usable()).isTrue();
    environment.put("config:members_sha256", "0".repeat(64));
    PreviousVersion other = PreviousVersion.open(spark, incremental.out(), environment);
    assertThat(other.usable()).isFalse();
    assertThat(other.reason()).startsWith("members_sha256 changed");
  }
}
