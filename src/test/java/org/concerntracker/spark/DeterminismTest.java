package org.concerntracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two full runs on the same input give the same rows in every table but {@code runs}: ids, the
 * order of arrays (urls, cues), confidences and counts. The second run is split into a different
 * number of partitions, so that nothing may depend on which task saw which record first. (The crash
 * test compares runs in different JVMs as well.)
 */
class DeterminismTest {

  @TempDir Path dir;

  @Test
  void twoRunsGiveTheSameRowsInEveryTableButRuns() throws Exception {
    SparkSession spark = SharedSpark.get();
    PipelineJob.Summary first = SampleRuns.samples();
    PipelineJob.Summary second =
        PipelineJob.run(SampleRuns.options(dir.resolve("again").toString(), 3));

    Map<String, List<String>> a = OutputSnapshot.of(spark, first.out());
    Map<String, List<String>> b = OutputSnapshot.of(spark, second.out());
    OutputSnapshot.assertSameRows(b, a);
    assertThat(a.get("documents")).hasSize(33);
    assertThat(a.get("evidence")).isNotEmpty();
    assertThat(a.get("mp_platform_month")).isNotEmpty();

    // runs differs in what makes each run itself, and agrees on what it read and found.
    Row r1 = runs(spark, first.out());
    Row r2 = runs(spark, second.out());
    assertThat(r2.getString(0)).isNotEqualTo(r1.getString(0));
    assertThat(r2.getList(3)).isEqualTo(r1.getList(3));
    Map<String, Long> c1 = r1.getJavaMap(4);
    Map<String, Long> c2 = r2.getJavaMap(4);
    for (String k : List.of("documents", "mentions", "evidence", "rejects", "input_files")) {
      assertThat(c2.get(k)).as(k).isEqualTo(c1.get(k));
    }
  }

  @Test
  void noStageOfARunHasOutputThatMayDifferWhenRecomputed() throws Exception {
    SparkSession spark = SharedSpark.get();
    StageWatch watch =
        StageWatch.during(
            spark.sparkContext(),
            () -> PipelineJob.run(SampleRuns.options(dir.resolve("watched").toString(), 0)));

    assertThat(watch.stages()).isGreaterThan(10);
    assertThat(watch.indeterminate()).isEmpty();
  }

  @Test
  void theRunRecordsItsInputsCountsVersionsAndConfiguration() throws Exception {
    Row run = SharedSpark.get().read().parquet(SampleRuns.samples().out() + "/runs").first();
    List<Row> inputs = run.getList(run.fieldIndex("inputs"));
    assertThat(inputs)
        .allSatisfy(
            i -> {
              assertThat(i.<String>getAs("path")).startsWith("/");
              assertThat(i.<Long>getAs("size")).isPositive();
              assertThat(i.<String>getAs("sha256")).matches("[0-9a-f]{64}");
            });
    assertThat(run.<String, Long>getJavaMap(run.fieldIndex("counts")))
        .containsKeys(
            "documents",
            "mentions",
            "evidence",
            "mp_platform_month",
            "platform_month",
            "rejects",
            "input_files",
            "input_files_reused",
            "documents_reanalysed");
    assertThat(run.<String, String>getJavaMap(run.fieldIndex("versions")))
        .containsKeys("concern-tracker", "build", "corenlp", "spark-build", "spark", "java")
        .doesNotContainValue("unknown");
    assertThat(run.<String, String>getJavaMap(run.fieldIndex("config")))
        .containsKeys(
            "hansard",
            "news",
            "members",
            "members_sha256",
            "platforms_sha256",
            "partitions",
            "master",
            "incremental")
        .containsEntry("platforms_sha256", "built-in")
        .containsEntry("incremental", "no");
    assertThat(run.<Boolean>getAs("incremental")).isFalse();
  }

  private static Row runs(SparkSession spark, String out) {
    return spark
        .read()
        .parquet(out + "/runs")
        .select("run_id", "started", "finished", "inputs", "counts")
        .first();
  }
}
