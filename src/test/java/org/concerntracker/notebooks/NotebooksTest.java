package org.concerntracker.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.concerntracker.TestData;
import org.concerntracker.spark.SampleOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' notebooks, executed headless by {@code jobs/notebooks} (real Jupyter, a real Python
 * kernel, DuckDB in a JVM started by JPype) over the sample output: every one must run without an
 * error and draw at least one chart.
 *
 * <p>Jupyter is part of the build's requirements ({@code .ci/run} installs it): where it is missing
 * this test fails, saying what to install, unless {@code -Dct.notebooks.skip=true} is given.
 */
class NotebooksTest {

  private static final Path NOTEBOOKS = TestData.repo().resolve("notebooks");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(NOTEBOOKS)) {
      return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  @Test
  void thereAreTheThreeNotebooksCommittedWithoutOutputs() throws IOException {
    assertThat(notebooks().stream().map(p -> p.getFileName().toString()))
        .containsExactly("01-overview.ipynb", "02-member.ipynb", "03-platform.ipynb");
    for (Path nb : notebooks()) {
      for (JsonNode cell : JSON.readTree(nb.toFile()).get("cells")) {
        if (cell.get("cell_type").asText().equals("code")) {
          assertThat(cell.get("outputs")).as(nb + ": outputs").isEmpty();
          assertThat(cell.get("execution_count").isNull()).as(nb + ": execution_count").isTrue();
        }
      }
    }
  }

  @Test
  void everyNotebookRunsHeadlessAndDrawsItsCharts(@TempDir Path executed) throws Exception {
    Path jupyter = Path.of(System.getProperty("ct.jupyter", "/usr/bin/jupyter"));
    if (!Files.isExecutable(jupyter)) {
      assumeFalse(
          Boolean.getBoolean("ct.notebooks.skip"),
          jupyter + " is missing; notebooks not run (-Dct.notebooks.skip=true)");
      fail(
          jupyter
              + " is missing: install Debian's Jupyter (apt-get install -y"
              + " --no-install-recommends jupyter-nbconvert python3-ipykernel python3-pandas"
              + " python3-matplotlib python3-jpype), or skip with -Dct.notebooks.skip=true");
    }
    Path out = SampleOutput.get();
    ProcessBuilder pb =
        new ProcessBuilder(
                "bash",
                TestData.repo().resolve("jobs/notebooks").toString(),
                "--out",
                out.toString(),
                "--executed",
                executed.toString(),
                "--no-build")
            .redirectErrorStream(true);
    pb.environment().put("CT_JUPYTER", jupyter.toString());
    // Named, so that what is checked below does not move when the stance rules rank others first.
    pb.environment().put("CT_MEMBER", "Layla Moran");
    pb.environment().put("CT_PLATFORM", "Hikvision");
    Process p = pb.start();
    p.getOutputStream().close();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("finished").isTrue();
    assertThat(p.exitValue()).as("jobs/notebooks exit status; its output:\n" + log).isZero();

    for (Path nb : notebooks()) {
      String name = nb.getFileName().toString().replace(".ipynb", "");
      assertThat(log).containsPattern("\\b" + name + " +ok ");
      BufferedImage chart = ImageIO.read(executed.resolve(name + "-1.png").toFile());
      assertThat(chart).as(name + "-1.png is a PNG").isNotNull();
      assertThat(chart.getWidth()).as(name + "-1.png width").isGreaterThan(500);
      assertThat(chart.getHeight()).as(name + "-1.png height").isGreaterThan(150);
    }
    // What the charts and text were drawn from: the sample output's own figures, counted here
    // from its Parquet files (not from the runs table the notebook reads).
    assertThat(text(executed.resolve("01-overview.ipynb")))
        .contains(
            rows(out, "documents")
                + " documents, "
                + rows(out, "evidence")
                + " evidence rows, "
                + rows(out, "rejects")
                + " rejected records")
        .contains("Layla Moran");
    assertThat(text(executed.resolve("02-member.ipynb")))
        .contains("## Layla Moran (Liberal Democrat)")
        .contains("(https://www.theyworkforyou.com/whall/?id=2022-11-24a.151.1)")
        .contains("(https://news.example.org/2022/07/05/hikvision-letter)");
    assertThat(text(executed.resolve("03-platform.ipynb")))
        .contains("## Hikvision")
        .contains("**Concern in July 2022 and November 2022:**")
        .contains("Dean Russell (Conservative)** — 24 Nov 2022, hansard");
  }

  /** Every text, Markdown and HTML output of an executed notebook, joined. */
  private static long rows(Path out, String table) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM read_parquet('"
                    + out.resolve(table).toRealPath()
                    + "/**/*.parquet')")) {
      r.next();
      long n = r.getLong(1);
      assertThat(n).as(table + " rows").isPositive();
      return n;
    }
  }

  private static String text(Path executed) throws IOException {
    List<String> parts = new ArrayList<>();
    for (JsonNode cell : JSON.readTree(executed.toFile()).get("cells")) {
      for (JsonNode output : cell.path("outputs")) {
        for (String field : new String[] {"text"}) {
          output.path(field).forEach(line -> parts.add(line.asText()));
        }
        for (String kind : new String[] {"text/plain", "text/markdown", "text/html"}) {
          output.path("data").path(kind).forEach(line -> parts.add(line.asText()));
        }
      }
    }
    return String.join("", parts);
  }
}
