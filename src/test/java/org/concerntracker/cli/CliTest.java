package org.concerntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors give a non-zero status and a one-line reason; help works for every command. */
class CliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void everyCommandHasHelp() {
    for (String c : new String[] {"pipeline", "query", "explain", "evaluate"}) {
      assertThat(run(c, "--help")).isZero();
    }
    assertThat(out.toString())
        .contains("--hansard")
        .contains("--gold")
        .contains("--mp")
        .contains("--format");
  }

  @Test
  void pipelineWithoutInputsIsAUsageError(@TempDir Path dir) {
    assertThat(run("pipeline", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("ct pipeline: nothing to read: give --hansard and/or --news");
  }

  @Test
  void missingOptionsAndUnknownCommandsAreUsageErrors() {
    assertThat(run("query")).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
    assertThat(run("frobnicate")).isEqualTo(2);
  }

  @Test
  void evaluateNamesAMissingGoldFile(@TempDir Path dir) {
    assertThat(
            run(
                "evaluate",
                "--out",
                dir.toString(),
                "--gold",
                dir.resolve("nope.jsonl").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("nope.jsonl: no such file");
  }
}
