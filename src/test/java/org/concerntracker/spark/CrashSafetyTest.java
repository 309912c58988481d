package org.concerntracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.TestData;
import org.concerntracker.cli.Main;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real pipeline runs, each a separate JVM started as {@code jobs/ct} starts one, killed with
 * SIGKILL at chosen points (each run stops there with {@code -Dct.pauseAt}, see {@link Steps}, and
 * is then killed). After every kill, {@code --out} is either absent (nothing was ever published) or
 * the previous complete version, every table readable and equal to what that run wrote; a later run
 * succeeds and removes what the killed ones left. A second run on the same output while one is
 * running stops at once, naming the first.
 *
 * <p>Kill points: while writing tables (a first run: nothing is published), while ingesting, while
 * annotating, just before the commit (every table written) and just after it (the link replaced,
 * old versions not yet removed).
 *
 * <p>The runs read small inputs: the first published version holds one Lords debate; the killed
 * runs and the last one add a file of news articles, so the tables show which version is published.
 * The tests run in order, each building on the output the one before left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyTest {

  @TempDir static Path dir;
  static String out;
  static Map<String, List<String>> v1;
  static Map<String, List<String>> v2;

  private static final String LORDS = TestData.sample("hansard/lords2020-07-14.xml").toString();
  private static final String NEWS = TestData.sample("news/jsonl/sample-news.jsonl").toString();
  private static final String MEMBERS = TestData.sample("members/people.json").toString();

  /** Child runs wait this long at most for their pause point (generous: the machine is shared). */
  private static final long TIMEOUT_SECONDS = 600;

  private static SparkSession spark() {
    return SharedSpark.get();
  }

  private static Path versions() {
    return dir.resolve(".out.versions");
  }

  @Test
  @Order(1)
  void aFirstRunKilledWhileWritingTablesLeavesNoOutput() throws Exception {
    out = dir.resolve("out").toString();
    killAt("write:mentions", LORDS, null);
    assertThat(Path.of(out)).doesNotExist();
    // What it left: a version with its documents table written, and no link to it.
    assertThat(versionNames()).hasSize(1);
    assertThat(versions().resolve(versionNames().get(0)).resolve("documents/_SUCCESS")).exists();
  }

  @Test
  @Order(2)
  void theNextRunPublishesAndClearsWhatTheKilledOneLeft() throws Exception {
    PipelineJob.Summary s = PipelineJob.run(options(LORDS, null));
    assertThat(OutputSnapshot.complete(spark(), out)).isTrue();
    assertThat(versionNames()).containsExactly(s.runId());
    v1 = OutputSnapshot.of(spark(), out);
    assertThat(v1.get("documents")).hasSize(3);
  }

  @Test
  @Order(3)
  void killedWhileIngestingThePreviousVersionStays() throws Exception {
    killAt("ingest", LORDS, NEWS);
    assertPreviousVersion();
  }

  @Test
  @Order(4)
  void killedWhileAnnotatingThePreviousVersionStaysAndASecondRunIsRefused() throws Exception {
    Child child = start("annotate", LORDS, NEWS);
    try {
      // While it holds the output, a second run stops at once, before any work.
      StringWriter err = new StringWriter();
      int status =
          Main.execute(
              new PrintWriter(new StringWriter()),
              new PrintWriter(err, true),
              "pipeline",
              "--hansard",
              LORDS,
              "--members",
              MEMBERS,
              "--out",
              out);
      assertThat(status).isEqualTo(75);
      assertThat(err.toString().strip())
          .startsWith("ct pipeline: --out " + out + " is being written by another pipeline run")
          .contains("pid " + child.process.pid())
          .doesNotContain("\n");
    } finally {
      child.kill();
    }
    assertPreviousVersion();
  }

  @Test
  @Order(5)
  void killedJustBeforeItsCommitThePreviousVersionStays() throws Exception {
    killAt("commit", LORDS, NEWS);
    assertPreviousVersion();
    // Every table of the killed run was complete, and none of it is visible.
    assertThat(halfWritten()).anySatisfy(v -> assertThat(v.resolve("runs/_SUCCESS")).exists());
  }

  @Test
  @Order(6)
  void killedJustAfterItsCommitTheNewVersionIsPublishedWhole() throws Exception {
    killAt("published", LORDS, NEWS);
    assertThat(OutputSnapshot.complete(spark(), out)).isTrue();
    v2 = OutputSnapshot.of(spark(), out);
    assertThat(v2.get("documents")).hasSize(6);
    assertThat(v2).isNotEqualTo(v1);
  }

  @Test
  @Order(7)
  void aLaterRunSucceedsAndLeavesOnlyItsVersionAndThePrevious() throws Exception {
    String published = Path.of(out).toRealPath().getFileName().toString();
    PipelineJob.Summary s = PipelineJob.run(options(LORDS, NEWS));
    assertThat(versionNames()).containsExactlyInAnyOrder(published, s.runId());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("out", ".out.versions", ".out.lock");
    }
    // The same input in this JVM and in the killed child's: the same rows.
    OutputSnapshot.assertSameRows(OutputSnapshot.of(spark(), out), v2);
  }

  // ---------------------------------------------------------------------------------------------

  private static PipelineJob.Options options(String hansard, String news) {
    return new PipelineJob.Options(
        List.of(hansard), news == null ? List.of() : List.of(news), MEMBERS, out, null, null, 0);
  }

  /** The version published is still the first one, whole. */
  private static void assertPreviousVersion() throws Exception {
    assertThat(OutputSnapshot.complete(spark(), out)).isTrue();
    OutputSnapshot.assertSameRows(OutputSnapshot.of(spark(), out), v1);
  }

  private static List<String> versionNames() throws IOException {
    try (Stream<Path> s = Files.list(versions())) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  /** Version directories that the link does not point at. */
  private static List<Path> halfWritten() throws IOException {
    Path current = Path.of(out).toRealPath();
    try (Stream<Path> s = Files.list(versions())) {
      return s.filter(p -> !p.equals(current)).toList();
    }
  }

  private static void killAt(String step, String hansard, String news) throws Exception {
    start(step, hansard, news).kill();
  }

  /** A pipeline run in its own JVM, stopped at {@code step}. */
  private static Child start(String step, String hansard, String news) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-Xmx2g");
    for (String line : Files.readAllLines(TestData.repo().resolve("jobs/jvm.options"))) {
      if (!line.isBlank()) {
        cmd.add(line.strip());
      }
    }
    cmd.add("-Dlog4j2.configurationFile=classpath:log4j2-ct.properties");
    cmd.add("-Dct.pauseAt=" + step);
    cmd.add("-cp");
    cmd.add(
        TestData.repo().resolve("target/classes")
            + java.io.File.pathSeparator
            + Files.readString(TestData.repo().resolve("target/classpath.txt")).strip());
    cmd.add("org.concerntracker.cli.Main");
    cmd.addAll(List.of("pipeline", "--hansard", hansard, "--members", MEMBERS, "--out", out));
    if (news != null) {
      cmd.addAll(List.of("--news", news));
    }
    cmd.addAll(List.of("--master", "local[2]", "--quiet"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Child child = new Child(pb.start());
    child.awaitLine("ct paused at " + step);
    return child;
  }

  /** A child JVM and the lines it prints. */
  private static final class Child {
    final Process process;
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final List<String> seen = new ArrayList<>();

    Child(Process process) {
      this.process = process;
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String l; (l = r.readLine()) != null; ) {
                    lines.add(l);
                  }
                } catch (IOException e) {
                  // the process was killed
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    void awaitLine(String text) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
      while (System.nanoTime() < deadline) {
        String l = lines.poll(1, TimeUnit.SECONDS);
        if (l != null) {
          seen.add(l);
          if (l.contains(text)) {
            return;
          }
        }
        if (l == null && !process.isAlive() && lines.isEmpty()) {
          break;
        }
      }
      kill();
      throw new AssertionError(
          "the child run never printed '" + text + "'; it printed:\n" + String.join("\n", seen));
    }

    /** SIGKILL: no shutdown hook, no finally block runs in the child. */
    void kill() throws Exception {
      process.destroyForcibly();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
    }
  }
}
