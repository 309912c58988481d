package org.concerntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.concerntracker.spark.SampleOutput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code query} over the sample output, on DuckDB (the default for a local directory) and Spark.
 */
class QueryCommandTest {

  static String out;
  private final StringWriter o = new StringWriter();
  private final StringWriter e = new StringWriter();

  @BeforeAll
  static void sampleOutput() {
    out = SampleOutput.get().toString();
  }

  private int run(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "query";
    all[1] = "--out";
    all[2] = out;
    System.arraycopy(args, 0, all, 3, args.length);
    return Main.execute(new PrintWriter(o, true), new PrintWriter(e, true), all);
  }

  @Test
  void printsAnAlignedTableWithNumbersOnTheRight() {
    assertThat(
            run(
                "SELECT name, platform, sum(concern) AS concern, min(first_date) AS first"
                    + " FROM mp_platform_month WHERE name IN ('Alicia Kearns', 'Layla Moran')"
                    + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"))
        .isZero();
    assertThat(o.toString().lines())
        .containsExactly(
            "name           platform   concern  first",
            "-------------  ---------  -------  ----------",
            "Alicia Kearns  TikTok           2  2023-03-14",
            "Layla Moran    Hikvision        2  2022-07-05",
            "Layla Moran    Dahua            1  2022-11-24",
            "(3 rows)");
  }

  @Test
  void sparkSqlGivesTheSameCsv() {
    String sql =
        "SELECT date, name, platform, stance, cues FROM evidence"
            + " WHERE person_id = 'uk.org.publicwhip/person/25906' ORDER BY date";
    assertThat(run("--format", "csv", sql)).isZero();
    String duck = o.toString();
    o.getBuffer().setLength(0);
    assertThat(run("--format", "csv", "--engine", "spark", sql)).isZero();
    assertThat(o.toString()).isEqualTo(duck);
    assertThat(duck.lines())
        .containsExactly(
            "date,name,platform,stance,cues",
            "2023-03-14,Alicia Kearns,TikTok,concern,"
                + "\"[\"\"concern:data harvesting\"\",\"\"concern:chinese communist party\"\","
                + "\"\"foreign-state+data\"\",\"\"holder:quote\"\"]\"",
            "2023-03-16,Alicia Kearns,TikTok,concern,"
                + "\"[\"\"concern:data harvesting\"\",\"\"concern:chinese communist party\"\","
                + "\"\"foreign-state+data\"\"]\"");
  }

  @Test
  void jsonLinesAndALimitThatSaysItCut() {
    assertThat(
            run(
                "--format",
                "json",
                "--limit",
                "2",
                "SELECT platform, sum(concern) AS concern FROM platform_month"
                    + " GROUP BY 1 ORDER BY 2 DESC, 1"))
        .isZero();
    assertThat(o.toString().lines())
        .containsExactly(
            "{\"platform\":\"Hikvision\",\"concern\":6}",
            "{\"platform\":\"TikTok\",\"concern\":6}");
    assertThat(e.toString()).contains("output cut at 2 rows (--limit 0 for all)");
  }

  @Test
  void badSqlIsAUsageErrorThatListsTheTables() {
    assertThat(run("SELECT nam FROM evidence")).isEqualTo(2);
    assertThat(e.toString())
        .startsWith("ct query: bad SQL (duckdb): Binder Error: Referenced column \"nam\" not found")
        .contains(
            "tables: documents, mentions, evidence, mp_platform_month, platform_month, rejects,"
                + " runs")
        .contains("DESCRIBE evidence");
    e.getBuffer().setLength(0);
    assertThat(run("--engine", "spark", "SELECT * FROM nowhere")).isEqualTo(2);
    assertThat(e.toString())
        .startsWith("ct query: bad SQL (spark): [TABLE_OR_VIEW_NOT_FOUND]")
        .contains("tables: documents, mentions, evidence");
  }

  @Test
  void aMissingOutputDirectoryIsAUsageError() {
    assertThat(
            Main.execute(
                new PrintWriter(o, true),
                new PrintWriter(e, true),
                "query",
                "--out",
                out + "-nope",
                "SELECT 1"))
        .isEqualTo(2);
    assertThat(e.toString()).contains("no such directory (run the pipeline first: jobs/run)");
  }

  @Test
  void theEngineFollowsThePath() {
    assertThat(Engines.remote("hdfs://namenode/ct/output")).isTrue();
    assertThat(Engines.remote("s3a://bucket/output")).isTrue();
    assertThat(Engines.remote("file:///tmp/output")).isFalse();
    assertThat(Engines.remote("/tmp/output")).isFalse();
    assertThat(Engines.remote("output")).isFalse();
  }
}
