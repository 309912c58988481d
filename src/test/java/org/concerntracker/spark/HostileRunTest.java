package org.concerntracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.assertj.core.api.SoftAssertions;
import org.concerntracker.TestData;
import org.concerntracker.ingest.HostileFixtures;
import org.concerntracker.ingest.HostileFixtures.ExpectedReject;
import org.concerntracker.ingest.HostileFixtures.Variant;
import org.concerntracker.ingest.InputKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One pipeline run over {@code data-samples/} mixed with every hostile file the generator makes
 * (see {@code HostileInputTest} for the same faults reader by reader): the run ends normally; every
 * good record of every file is a document; every bad one has its rejects row; records without a
 * readable date are kept undated and stay out of the monthly tables; and the content of the secret
 * file the external entities point at is in no column of any table, internal state included.
 */
class HostileRunTest {

  @TempDir static Path dir;
  static SparkSession spark;
  static HostileFixtures fixtures;
  static List<Variant> variants;
  static PipelineJob.Summary summary;
  static String out;

  @BeforeAll
  static void run() throws Exception {
    spark = SharedSpark.get();
    fixtures = new HostileFixtures(dir.resolve("fixtures"));
    variants = fixtures.generateAll();
    out = dir.resolve("out").toString();
    summary =
        PipelineJob.run(
            new PipelineJob.Options(
                List.of(
                    TestData.sample("hansard").toString(),
                    fixtures.variants(InputKind.HANSARD).toString()),
                List.of(
                    TestData.sample("news").toString(),
                    fixtures.variants(InputKind.NEWS).toString()),
                TestData.sample("members/people.json").toString(),
                out,
                null,
                null,
                0));
  }

  private static Dataset<Row> table(String name) {
    return spark.read().parquet(out + "/" + name);
  }

  @Test
  void everyGoodRecordIsKeptAndEveryBadOneRejected() {
    Set<String> origins = new HashSet<>();
    Map<String, Object> dates = new HashMap<>();
    for (Row r : table("documents").select("origin", "date").collectAsList()) {
      origins.add(r.getString(0));
      dates.put(r.getString(0), r.get(1));
    }
    Set<String> rejects = new HashSet<>();
    Set<String> rejectedInputs = new HashSet<>();
    for (Row r : table("rejects").select("input", "record").collectAsList()) {
      rejects.add(r.getString(0) + "#" + r.getString(1));
      rejectedInputs.add(r.getString(0));
    }
    SoftAssertions soft = new SoftAssertions();
    for (Variant v : variants) {
      for (String k : v.kept()) {
        soft.assertThat(origins).as("%s: %s kept", v, k).contains(v.file() + "#" + k);
      }
      for (String k : v.lost()) {
        soft.assertThat(origins).as("%s: %s not kept", v, k).doesNotContain(v.file() + "#" + k);
      }
      for (String k : v.undated()) {
        soft.assertThat(dates.get(v.file() + "#" + k)).as("%s: %s undated", v, k).isNull();
      }
      for (ExpectedReject x : v.rejects()) {
        if (x.record() == null) {
          soft.assertThat(rejectedInputs).as("%s: reject for %s", v, x.input()).contains(x.input());
        } else {
          soft.assertThat(rejects)
              .as("%s: reject for %s", v, x.record())
              .contains(x.input() + "#" + x.record());
        }
      }
    }
    soft.assertAll();
  }

  @Test
  void theSamplesAreReadAsIfAlone() {
    String samples = TestData.sample("").toString();
    assertThat(table("documents").where(functions.col("origin").startsWith(samples)).count())
        .isEqualTo(33);
    assertThat(
            table("rejects")
                .where(functions.col("input").startsWith(samples))
                .select("record")
                .collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("line 9");
  }

  @Test
  void undatedDocumentsStayOutOfTheMonthlyTables() {
    long undated = table("documents").where("date IS NULL").count();
    assertThat(undated).as("undated documents from the generator and the samples").isGreaterThan(5);
    // Document judgements with a date, counted from evidence, are what platform_month counts.
    long dated =
        table("evidence")
            .where("date IS NOT NULL")
            .selectExpr(
                "doc_id", "platform", "source", "coalesce(person_id, concat('name:', name))")
            .distinct()
            .count();
    Row sums =
        table("platform_month")
            .agg(functions.sum("concern"), functions.sum("reassurance"), functions.sum("neutral"))
            .first();
    assertThat(sums.getLong(0) + sums.getLong(1) + sums.getLong(2)).isEqualTo(dated);
    assertThat(table("evidence").where("date IS NULL").count()).isPositive();
  }

  @Test
  void theSecretIsInNoColumnOfAnyTable() throws Exception {
    String secret = fixtures.secretText();
    Path version = Path.of(out).toRealPath();
    List<Path> tables = new ArrayList<>();
    try (Stream<Path> s = Files.walk(version)) {
      s.filter(p -> Files.isRegularFile(p.resolve("_SUCCESS"))).forEach(tables::add);
    }
    // The seven tables and the incremental state.
    assertThat(tables).hasSizeGreaterThanOrEqualTo(11);
    for (Path t : tables) {
      Dataset<Row> df = spark.read().parquet(t.toString());
      Dataset<Row> asText =
          df.select(functions.to_json(functions.struct(functions.col("*"))).as("row"));
      assertThat(asText.where(functions.col("row").contains(secret)).count())
          .as("rows of %s holding the secret", t)
          .isZero();
      assertThat(asText.count()).isEqualTo(df.count());
    }
    // And the secret's path did reach a reject (the entity was seen, and refused).
    assertThat(table("rejects").where(functions.col("reason").contains("secret.txt")).count())
        .isPositive();
  }

  @Test
  void theRunRecordsEveryInput() {
    Row run = table("runs").first();
    List<Row> inputs = run.getList(run.fieldIndex("inputs"));
    long files =
        variants.stream()
            .mapToLong(v -> v.format() == HostileFixtures.Format.PARLAMINT ? 2 : 1)
            .sum();
    assertThat(inputs.size()).isEqualTo(8 + files);
    assertThat(summary.counts().get("input_files")).isEqualTo(8 + files);
  }
}
