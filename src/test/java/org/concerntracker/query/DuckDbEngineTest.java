package org.concerntracker.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB over an output directory laid out as the pipeline writes it: a directory per table. */
class DuckDbEngineTest {

  @TempDir static Path dir;
  static Path out;

  /** Two small tables written as Parquet by DuckDB itself, behind a link as OutputStore makes. */
  @BeforeAll
  static void writeTables() throws Exception {
    Path version = dir.resolve(".output.versions/run-1");
    for (String t :
        new String[] {
          "runs",
          "evidence",
          "notes",
          ".hidden",
          "empty_dir",
          "documents/year=2023",
          "documents/year=0"
        }) {
      Files.createDirectories(version.resolve(t));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT * FROM (VALUES ('e1', DATE '2023-03-16', 'TikTok', ['concern:ban',"
              + " 'holder:speaker'], 0.93::DOUBLE), ('e2', NULL, 'Huawei', [], 0.5)) t(evidence_id, date,"
              + " platform, cues, confidence)) TO '"
              + version.resolve("evidence/part-0.parquet")
              + "' (FORMAT parquet)");
      s.execute(
          "COPY (SELECT 'r1' AS run_id, TIMESTAMP '2026-01-02 03:04:05' AS started, MAP {'documents':"
              + " 33::BIGINT} AS counts, [{'path': 'a.xml', 'size': 10::BIGINT}] AS inputs) TO '"
              + version.resolve("runs/part-0.parquet")
              + "' (FORMAT parquet)");
      s.execute(
          "COPY (SELECT 1 AS n) TO '" + version.resolve("notes/x.parquet") + "' (FORMAT parquet)");
      // Partitioned by year, as Spark writes the documents table: the year is in the path only.
      s.execute(
          "COPY (SELECT * FROM (VALUES ('d1', DATE '2023-03-16'), ('d2', DATE '2023-01-02'))"
              + " t(doc_id, date)) TO '"
              + version.resolve("documents/year=2023/part-0.parquet")
              + "' (FORMAT parquet)");
      s.execute(
          "COPY (SELECT 'd3' AS doc_id, NULL::DATE AS date) TO '"
              + version.resolve("documents/year=0/part-0.parquet")
              + "' (FORMAT parquet)");
    }
    out = dir.resolve("output");
    Files.createSymbolicLink(out, Path.of(".output.versions/run-1"));
  }

  @Test
  void registersEveryTableDirectoryKnownTablesFirst() {
    try (DuckDbEngine e = new DuckDbEngine(out.toString())) {
      assertThat(e.tables()).containsExactly("documents", "evidence", "runs", "notes");
      assertThat(e.directory()).isEqualTo(dir.resolve(".output.versions/run-1").toAbsolutePath());
    }
  }

  @Test
  void readsATablePartitionedByYearWithItsPartitionColumn() {
    try (DuckDbEngine e = new DuckDbEngine(out.toString())) {
      QueryResult r = e.query("SELECT doc_id, date, year FROM documents ORDER BY doc_id", 0);
      assertThat(r.rows())
          .containsExactly(
              List.of("d1", LocalDate.of(2023, 3, 16), 2023L),
              List.of("d2", LocalDate.of(2023, 1, 2), 2023L),
              java.util.Arrays.asList("d3", null, 0L));
    }
  }

  @Test
  void givesPlainJavaValues() {
    try (DuckDbEngine e = new DuckDbEngine(out.toString())) {
      QueryResult r =
          e.query("SELECT date, cues, confidence FROM evidence ORDER BY evidence_id", 0);
      assertThat(r.columns()).containsExactly("date", "cues", "confidence");
      assertThat(r.types()).containsExactly("DATE", "VARCHAR[]", "DOUBLE");
      assertThat(r.rows().get(0))
          .containsExactly(
              LocalDate.of(2023, 3, 16), List.of("concern:ban", "holder:speaker"), 0.93);
      assertThat(r.rows().get(1)).containsExactly(null, List.of(), 0.5);

      List<Object> run = e.query("SELECT started, counts, inputs FROM runs", 0).rows().get(0);
      assertThat(run.get(0)).isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
      assertThat(run.get(1)).isEqualTo(Map.of("documents", 33L));
      assertThat(run.get(2)).isEqualTo(List.of(Map.of("path", "a.xml", "size", 10L)));
    }
  }

  @Test
  void sumsAreLongsLikeSparksAndHugeOnesStayExact() {
    try (DuckDbEngine e = new DuckDbEngine(out.toString())) {
      assertThat(e.query("SELECT sum(n) FROM notes", 0).single()).isEqualTo(1L);
      assertThat(e.query("SELECT 170141183460469231731687303715884105727::HUGEINT", 0).single())
          .isEqualTo(new BigInteger("170141183460469231731687303715884105727"));
    }
  }

  @Test
  void bindsParametersAndLimitsRows() {
    try (DuckDbEngine e = new DuckDbEngine(out.toString())) {
      assertThat(e.query("SELECT evidence_id FROM evidence WHERE platform = ?", 0, "Huawei").rows())
          .containsExactly(List.of("e2"));
      QueryResult one = e.query("SELECT * FROM evidence", 1);
      assertThat(one.rows()).hasSize(1);
      assertThat(one.truncated()).isTrue();
      assertThat(e.query("SELECT * FROM evidence", 2).truncated()).isFalse();
    }
  }

  @Test
  void badSqlIsReportedWithDuckDbsMessageAndNoSystemCatalogueSuggestion() {
    try (DuckDbEngine e = new DuckDbEngine(out.toString())) {
      assertThatThrownBy(() -> e.query("SELECT * FROM nowhere", 0))
          .isInstanceOf(QueryEngine.BadSqlException.class)
          .hasMessageStartingWith("Catalog Error: Table with name nowhere does not exist!")
          .hasMessageContaining("LINE 1: SELECT * FROM nowhere")
          .hasMessageNotContaining("pg_");
      assertThatThrownBy(() -> e.query("SELEC 1", 0))
          .isInstanceOf(QueryEngine.BadSqlException.class)
          .hasMessageStartingWith("Parser Error: syntax error at or near \"SELEC\"");
      // The connection survives a bad statement.
      assertThat(e.query("SELECT count(*) FROM evidence", 0).single()).isEqualTo(2L);
    }
  }

  @Test
  void aMissingOrEmptyDirectoryIsAUsageError(@TempDir Path empty) {
    assertThatThrownBy(() -> new DuckDbEngine(empty.resolve("nope").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such directory");
    assertThatThrownBy(() -> new DuckDbEngine(empty.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no Concern Tracker tables there");
  }

  @Test
  void resultsAsOneJsonObjectForTheNotebooks() {
    try (DuckDbEngine e = new DuckDbEngine(out.toString())) {
      assertThat(e.query("SELECT date, cues FROM evidence WHERE evidence_id = 'e1'", 0).json())
          .isEqualTo(
              "{\"columns\":[\"date\",\"cues\"],\"types\":[\"DATE\",\"VARCHAR[]\"],"
                  + "\"rows\":[[\"2023-03-16\",[\"concern:ban\",\"holder:speaker\"]]],"
                  + "\"truncated\":false}");
    }
  }
}
