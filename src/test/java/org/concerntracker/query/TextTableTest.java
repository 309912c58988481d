package org.concerntracker.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void alignsColumnsFoldsWhitespaceAndCutsLongCells() {
    TextTable t = new TextTable(List.of("member", "n"), 10).alignRight(1);
    t.add(List.of("Alicia\n Kearns", "2"));
    t.add(List.of("Lord Alton of Liverpool", "12"));
    StringWriter s = new StringWriter();
    t.print(new PrintWriter(s, true), "  ");
    assertThat(s.toString().lines())
        .containsExactly(
            "  member       n", "  ----------  --", "  Alicia Ke…   2", "  Lord Alto…  12");
  }

  @Test
  void aRowMustFitTheHeader() {
    TextTable t = new TextTable(List.of("a", "b"));
    assertThatThrownBy(() -> t.add(List.of("1"))).isInstanceOf(IllegalArgumentException.class);
  }
}
