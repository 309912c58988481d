package org.concerntracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole pipeline on data-samples/, as jobs/run runs it, then the commands over its output. */
class PipelineSamplesTest {

  static String out;
  static PipelineJob.Summary summary;
  static SparkSession spark;

  @BeforeAll
  static void runPipeline() throws Exception {
    spark = SharedSpark.get();
    // The run is shared with other tests that only read it (SampleRuns).
    summary = SampleRuns.samples();
    out = summary.out();
    OutputTables.register(spark, out);
  }

  private static List<String> rows(String sql) {
    return spark.sql(sql).collectAsList().stream().map(PipelineSamplesTest::line).toList();
  }

  private static String line(Row r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < r.size(); i++) {
      b.append(i > 0 ? "|" : "").append(r.get(i));
    }
    return b.toString();
  }

  @Test
  void writesEveryTableWithTheContractsColumns() {
    String[][] contract = {
      {"documents", "doc_id, source, date, title, url, origin, speaker, person_id"},
      {"mentions", "doc_id, sentence_index, text, type, begin, end, person_id, platform"},
      {
        "evidence",
        "evidence_id, doc_id, source, date, person_id, name, party, platform, stance, attribution, confidence, sentence, cues"
      },
      {
        "mp_platform_month",
        "person_id, name, party, platform, month, source, concern, reassurance, neutral, documents, first_date, last_date"
      },
      {"platform_month", "platform, month, source, mps_concerned, concern, reassurance, neutral"},
      {"rejects", "input, record, stage, reason, excerpt"},
      {"runs", "run_id, started, finished, inputs, counts, versions"}
    };
    for (String[] t : contract) {
      assertThat(Arrays.asList(spark.table(t[0]).columns()))
          .as(t[0])
          .containsAll(Arrays.asList(t[1].split(", ")));
    }
    assertThat(spark.table("documents").schema().apply("date").dataType().typeName())
        .isEqualTo("date");
    assertThat(spark.table("mp_platform_month").schema().apply("month").dataType().typeName())
        .isEqualTo("date");
  }

  @Test
  void readsEverySpeechAndArticleAndRejectsTheBrokenLine() {
    assertThat(rows("SELECT source, count(*) FROM documents GROUP BY source ORDER BY source"))
        .containsExactly("hansard|18", "news|15");
    assertThat(rows("SELECT stage, record FROM rejects")).containsExactly("ingest|line 9");
    assertThat(rows("SELECT input FROM rejects")).allMatch(i -> i.endsWith("articles.jsonl"));
  }

  @Test
  void mergesTheSameArticleReadTwiceOrSyndicatedKeepingEveryUrl() {
    assertThat(rows("SELECT doc_id, urls FROM documents WHERE size(urls) > 1"))
        .containsExactly(
            "sample-news-002|ArraySeq(https://news.example.org/2023/03/14/mps-tiktok-parliament,"
                + " https://syndicated.example.com/world/mps-demand-tiktok-ban)");
    // The same three articles as JSON Lines, an HTML page and a WARC file: three documents.
    assertThat(rows("SELECT count(*) FROM documents WHERE doc_id LIKE 'news:%'"))
        .containsExactly("3");
  }

  @Test
  void newsArticlesByMembersNameTheirAuthor() {
    assertThat(
            rows(
                "SELECT person_id, party, resolution FROM documents WHERE doc_id = 'sample-news-001'"))
        .containsExactly("uk.org.publicwhip/person/10180|Conservative|title-name-date");
  }

  @Test
  void hansardSpeakersHoldTheirSpeechesViews() {
    assertThat(
            rows(
                "SELECT doc_id, name, platform, max(stance = 'concern'), max(stance = 'reassurance')"
                    + " FROM evidence WHERE source = 'hansard' AND person_id IS NOT NULL"
                    + " GROUP BY doc_id, name, platform ORDER BY doc_id, platform"))
        .contains(
            "uk.org.publicwhip/debate/2023-03-16c.1051.1|Oliver Dowden|TikTok|true|false",
            "uk.org.publicwhip/debate/2023-03-16c.1053.1|Alicia Kearns|TikTok|true|false",
            "uk.org.publicwhip/debate/2023-03-16c.1053.2|Matt Warman|TikTok|false|true",
            "uk.org.publicwhip/debate/2023-03-16c.1054.1|Jim Shannon|TikTok|false|false",
            "uk.org.publicwhip/debate/2023-03-16c.1054.2|Stewart Hosie|TikTok|true|false",
            "uk.org.publicwhip/debate/2023-03-16c.1055.1|Chris Bryant|TikTok|false|false",
            "uk.org.publicwhip/debate/2023-03-16c.1055.2|Caroline Nokes|WeChat|true|false",
            "uk.org.publicwhip/westminhall/2022-11-24a.152.1|Dean Russell|Hikvision|false|true",
            "uk.org.publicwhip/westminhall/2022-11-24a.153.1|John Whittingdale|Hikvision|true|false");
  }

  @Test
  void peersKeepTheIdTheFileGivesThoughTheRegistryLacksThem() {
    assertThat(
            rows(
                "SELECT person_id, stance FROM evidence WHERE doc_id ="
                    + " 'uk.org.publicwhip/lords/2020-07-14.1301.2' AND stance = 'concern' LIMIT 1"))
        .containsExactly("uk.org.publicwhip/person/13103|concern");
    // Buying a Huawei phone, and asking what a ban costs families: no view on security.
    assertThat(
            rows(
                "SELECT count(*), count_if(stance <> 'neutral') FROM evidence WHERE name = 'Lord"
                    + " Blencathra'"))
        .containsExactly("2|0");
  }

  @Test
  void newsViewsBelongToTheMembersQuotedOrReported() {
    assertThat(
            rows(
                "SELECT doc_id, name, platform, stance, attribution FROM evidence WHERE source ="
                    + " 'news' AND stance <> 'neutral' ORDER BY doc_id, name"))
        .contains(
            "sample-news-002|Alicia Kearns|TikTok|concern|quote",
            "sample-news-003|Bob Seely|Huawei|concern|reported",
            "sample-news-004|Layla Moran|Hikvision|concern|reported",
            "sample-news-004|Nusrat Ghani|Hikvision|concern|reported",
            "sample-news-004|Tim Loughton|Hikvision|concern|reported",
            "sample-news-007|Matt Warman|TikTok|reassurance|reported")
        .noneMatch(r -> r.startsWith("sample-news-005") || r.startsWith("sample-news-006"));
  }

  @Test
  void aggregatesCountDocumentsPerMemberPlatformMonthAndSource() {
    assertThat(
            rows(
                "SELECT month, source, concern, reassurance, neutral, documents, first_date, last_date"
                    + " FROM mp_platform_month WHERE name = 'Alicia Kearns' AND platform = 'TikTok'"
                    + " ORDER BY source"))
        .containsExactly(
            "2023-03-01|hansard|1|0|0|1|2023-03-16|2023-03-16",
            "2023-03-01|news|1|0|0|1|2023-03-14|2023-03-14");
    assertThat(
            rows(
                "SELECT mps_concerned, concern, reassurance FROM platform_month WHERE platform ="
                    + " 'TikTok' AND month = DATE'2023-03-01' AND source = 'hansard'"))
        .containsExactly("4|4|1");
  }

  @Test
  void undatedArticlesKeepTheirEvidenceButStayOutOfMonthlyTables() {
    assertThat(
            rows("SELECT count(*) FROM evidence WHERE doc_id = 'sample-news-012' AND date IS NULL"))
        .containsExactly("1");
    assertThat(rows("SELECT count(*) FROM mp_platform_month WHERE month IS NULL"))
        .containsExactly("0");
  }

  @Test
  void recordsTheRun() {
    Row run = spark.sql("SELECT run_id, inputs, counts, versions FROM runs").first();
    assertThat(run.getString(0)).isEqualTo(summary.runId());
    List<Row> inputs = run.getList(1);
    assertThat(inputs).hasSize(8);
    assertThat(inputs).allSatisfy(i -> assertThat(i.getString(3)).matches("[0-9a-f]{64}"));
    assertThat(run.<String, Long>getJavaMap(2))
        .containsEntry("documents", 33L)
        .containsEntry("rejects", 1L);
    assertThat(run.<String, String>getJavaMap(3))
        .containsKeys("concern-tracker", "corenlp", "java");
  }

  @Test
  void queryPrintsCsvAndRejectsBadSqlNamingTheTables() {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int ok =
        Main.execute(
            new PrintWriter(o),
            new PrintWriter(e),
            "query",
            "--out",
            out,
            "--format",
            "csv",
            "SELECT name, platform FROM evidence WHERE doc_id = 'sample-news-003' ORDER BY name");
    assertThat(ok).isZero();
    assertThat(o.toString().lines())
        .containsExactly("name,platform", "Bob Seely,Huawei", "Thomas Tugendhat,Huawei");
    int bad =
        Main.execute(
            new PrintWriter(o), new PrintWriter(e), "query", "--out", out, "SELECT * FROM nowhere");
    assertThat(bad).isEqualTo(2);
    assertThat(e.toString()).contains("bad SQL").contains("evidence, mp_platform_month");
  }

  @Test
  void explainPrintsAMembersTimeline() {
    StringWriter o = new StringWriter();
    int rc =
        Main.execute(
            new PrintWriter(o),
            new PrintWriter(new StringWriter()),
            "explain",
            "--out",
            out,
            "--mp",
            "Kearns");
    assertThat(rc).isZero();
    assertThat(o.toString())
        .contains("Alicia Kearns (uk.org.publicwhip/person/25906), Conservative")
        .contains("2023-03-16  hansard  CONCERN")
        .contains("TikTok is a data harvesting operation")
        .contains("https://www.theyworkforyou.com/debates/?id=2023-03-16c.1053.1");
  }
}
