package org.concerntracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a real Spark standalone cluster: {@code jobs/local-cluster up} (a master and two
 * workers on 127.0.0.1, one core each), {@code jobs/submit} of the pipeline on {@code
 * data-samples/}, and one worker killed with its executor (the whole node gone) once that executor
 * has done some of the work. The run must still succeed and write, table by table and row by row,
 * what a local run writes. Every process the test starts is stopped, whatever happens.
 */
class LocalClusterTest {

  private static final Duration RUN_LIMIT = Duration.ofMinutes(8);

  @TempDir static Path dir;
  static Path clusterDir;
  static Map<String, String> env;
  static Process submit;

  @BeforeAll
  static void startCluster() throws Exception {
    clusterDir = dir.resolve("cluster");
    env =
        Map.of(
            "CT_CLUSTER_DIR", clusterDir.toString(),
            "CT_CLUSTER_PORT", Integer.toString(freePort()),
            "CT_CLUSTER_UI_PORT", Integer.toString(freePort()),
            // The build under test is the one to use: no nested Maven build of target/classes.
            "CT_SKIP_BUILD", "1");
    String out = script(Duration.ofMinutes(3), "jobs/local-cluster", "up");
    assertThat(out.strip().lines().reduce((a, b) -> b).orElse(""))
        .isEqualTo("spark://127.0.0.1:" + env.get("CT_CLUSTER_PORT"));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (submit != null && submit.isAlive()) {
      submit.descendants().forEach(ProcessHandle::destroyForcibly);
      submit.destroyForcibly();
    }
    script(Duration.ofMinutes(1), "jobs/local-cluster", "down");
  }

  @Test
  void aRunThatLosesAWorkerWritesTheTablesOfALocalRun() throws Exception {
    String clusterOut = dir.resolve("cluster-output").toString();
    Path log = dir.resolve("submit.log");
    List<String> args = new ArrayList<>(List.of("jobs/submit", "--master"));
    args.add("spark://127.0.0.1:" + env.get("CT_CLUSTER_PORT"));
    args.addAll(pipelineArgs(clusterOut));
    ProcessBuilder pb = new ProcessBuilder(args).directory(TestData.repo().toFile());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Instant start = Instant.now();
    submit = pb.start();

    // Kill worker 2 (and the executor it launched) once that executor has finished two tasks: it
    // then holds shuffle output and cached partitions the rest of the run needs.
    Path work2 = clusterDir.resolve("worker-2");
    while (finishedTasks(work2) < 2) {
      assertThat(submit.isAlive())
          .as("the run ended before worker 2 did any work:%n%s", tail(log))
          .isTrue();
      assertThat(Duration.between(start, Instant.now())).isLessThan(RUN_LIMIT);
      Thread.sleep(200);
    }
    assertThat(submit.isAlive()).as("still running when the worker is killed").isTrue();
    long worker = Long.parseLong(Files.readString(clusterDir.resolve("worker-2.pid")).strip());
    assertThat(new ProcessBuilder("kill", "-KILL", "--", "-" + worker).start().waitFor()).isZero();
    Duration killedAfter = Duration.between(start, Instant.now());

    boolean ended = submit.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(ended).as("the run ended within %s:%n%s", RUN_LIMIT, tail(log)).isTrue();
    assertThat(submit.exitValue()).as(tail(log)).isZero();
    assertThat(output).contains("Lost executor").contains("pipeline: run ");
    System.out.printf(
        "LocalClusterTest: worker 2 killed after %d s, the run ended after %d s; the driver saw:%n%s%n",
        killedAfter.toSeconds(),
        Duration.between(start, Instant.now()).toSeconds(),
        String.join(
            "\n", output.lines().filter(l -> l.contains("Lost executor")).limit(3).toList()));

    String localOut = dir.resolve("local-output").toString();
    SparkSession spark = SharedSpark.get();
    PipelineJob.run(SampleRuns.options(localOut, 0));
    for (Tables t : Tables.values()) {
      if (t == Tables.RUNS) {
        continue; // run ids and times differ by design
      }
      List<String> local = rows(spark, localOut, t);
      assertThat(rows(spark, clusterOut, t)).as(t.table()).isEqualTo(local);
      if (t == Tables.DOCUMENTS || t == Tables.EVIDENCE) {
        assertThat(local).as(t.table()).isNotEmpty();
      }
    }
    // The run's record counts each document once, though tasks of the lost worker ran again.
    Map<String, Long> localCounts = counts(spark, localOut);
    Map<String, Long> clusterCounts = counts(spark, clusterOut);
    for (String k :
        List.of(
            "documents",
            "evidence",
            "documents_reanalysed",
            "documents_split",
            "sentences_split",
            "sentences_parsed")) {
      assertThat(clusterCounts.get(k)).as(k).isNotNull().isEqualTo(localCounts.get(k));
    }
    assertThat(clusterCounts.get("documents_reanalysed")).isEqualTo(clusterCounts.get("documents"));
  }

  private static Map<String, Long> counts(SparkSession spark, String out) {
    Row run = spark.read().parquet(out + "/runs").first();
    return run.getJavaMap(run.fieldIndex("counts"));
  }

  private static List<String> pipelineArgs(String out) {
    return List.of(
        "pipeline",
        "--hansard",
        TestData.sample("hansard").toString(),
        "--news",
        TestData.sample("news").toString(),
        "--members",
        TestData.sample("members/people.json").toString(),
        "--out",
        out,
        "--quiet");
  }

  private static List<String> rows(SparkSession spark, String out, Tables t) {
    return spark.read().parquet(out + "/" + t.table()).collectAsList().stream()
        .map(Row::toString)
        .sorted()
        .toList();
  }

  /** "Finished task" lines in the executor logs under a worker's work directory. */
  private static long finishedTasks(Path workDir) throws IOException {
    if (!Files.isDirectory(workDir)) {
      return 0;
    }
    long n = 0;
    try (Stream<Path> s = Files.walk(workDir)) {
      for (Path f : s.filter(p -> p.getFileName().toString().equals("stderr")).toList()) {
        try (Stream<String> lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
          n += lines.filter(l -> l.contains("Finished task")).count();
        }
      }
    }
    return n;
  }

  private static String script(Duration limit, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(TestData.repo().toFile());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + text).isZero();
    return text;
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
