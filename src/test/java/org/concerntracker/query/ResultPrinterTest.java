package org.concerntracker.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultPrinterTest {

  private static final QueryResult RESULT =
      new QueryResult(
          List.of("name", "concern", "first", "cues", "counts"),
          List.of("VARCHAR", "BIGINT", "DATE", "VARCHAR[]", "MAP(VARCHAR, BIGINT)"),
          List.of(
              Arrays.asList(
                  "Alicia Kearns",
                  2L,
                  LocalDate.of(2023, 3, 14),
                  List.of("concern:data harvesting", "holder:quote"),
                  map("documents", 33L)),
              Arrays.asList("Bob \"the\" Seely, MP", 10L, null, List.of(), map())),
          false);

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String print(QueryResult r, ResultPrinter.Format f, int width) {
    StringWriter s = new StringWriter();
    ResultPrinter.print(r, f, width, new PrintWriter(s, true));
    return s.toString();
  }

  @Test
  void tablesAlignTextLeftAndNumbersRight() {
    assertThat(print(RESULT, ResultPrinter.Format.table, 80).lines())
        .containsExactly(
            "name                 concern  first       cues                                     counts",
            "-------------------  -------  ----------  ---------------------------------------  ---------------",
            "Alicia Kearns              2  2023-03-14  [concern:data harvesting, holder:quote]  {documents: 33}",
            "Bob \"the\" Seely, MP       10              []                                       {}",
            "(2 rows)");
  }

  @Test
  void longCellsAreCutInTablesOnly() {
    String table = print(RESULT, ResultPrinter.Format.table, 12);
    assertThat(table).contains("[concern:da…").doesNotContain("holder:quote");
    assertThat(print(RESULT, ResultPrinter.Format.csv, 12)).contains("holder:quote");
  }

  @Test
  void csvQuotesAsRfc4180AndWritesNestedValuesAsJson() {
    assertThat(print(RESULT, ResultPrinter.Format.csv, 80).lines())
        .containsExactly(
            "name,concern,first,cues,counts",
            "Alicia Kearns,2,2023-03-14,\"[\"\"concern:data harvesting\"\",\"\"holder:quote\"\"]\","
                + "\"{\"\"documents\"\":33}\"",
            "\"Bob \"\"the\"\" Seely, MP\",10,,[],{}");
  }

  @Test
  void jsonIsOneObjectPerRow() {
    assertThat(print(RESULT, ResultPrinter.Format.json, 80).lines())
        .containsExactly(
            "{\"name\":\"Alicia Kearns\",\"concern\":2,\"first\":\"2023-03-14\","
                + "\"cues\":[\"concern:data harvesting\",\"holder:quote\"],\"counts\":{\"documents\":33}}",
            "{\"name\":\"Bob \\\"the\\\" Seely, MP\",\"concern\":10,\"first\":null,\"cues\":[],"
                + "\"counts\":{}}");
  }

  @Test
  void saysWhenRowsWereLeftOut() {
    QueryResult cut = new QueryResult(List.of("n"), List.of("INTEGER"), List.of(List.of(1)), true);
    assertThat(print(cut, ResultPrinter.Format.table, 80))
        .endsWith("(1 row, more not shown: --limit 0 for all)\n");
  }

  @Test
  void smallAndLargeDoublesPrintWithoutExponents() {
    assertThat(ResultPrinter.text(0.0001)).isEqualTo("0.0001");
    assertThat(ResultPrinter.text(0.93)).isEqualTo("0.93");
    assertThat(ResultPrinter.text(1.5e12)).isEqualTo("1500000000000");
  }
}
