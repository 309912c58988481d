package org.concerntracker.ingest.hansard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.concerntracker.ingest.InputFormats;
import org.concerntracker.ingest.InputKind;
import org.concerntracker.ingest.LocalInputFile;
import org.junit.jupiter.api.Test;

/** {@link InputFormats} sends each Hansard file to the right reader. */
class HansardRoutingTest {

  private static InputFormats.Choice choose(String name) {
    return InputFormats.choose(InputKind.HANSARD, new LocalInputFile(Path.of("x", name)));
  }

  private static Class<?> reader(String name) {
    return ((InputFormats.Read) choose(name)).reader().getClass();
  }

  @Test
  void routesEachFormat() {
    assertThat(reader("debates2023-03-28d.xml")).isEqualTo(ParlParseReader.class);
    assertThat(reader("westminster2009-10-28a.xml.bz2")).isEqualTo(ParlParseReader.class);
    assertThat(reader("answers2026-02-23.xml.gz")).isEqualTo(ParlParseReader.class);
    assertThat(reader("ParlaMint-GB_2022-07-21-commons.xml")).isEqualTo(ParlaMintReader.class);
    assertThat(reader("ParlaMint-GB_2022-07-21-commons.ana.xml.gz"))
        .isEqualTo(ParlaMintReader.class);
  }

  @Test
  void companionsAreNotInputs() {
    assertThat(choose("ParlaMint-GB_2022-07-21-commons-meta.tsv"))
        .isInstanceOf(InputFormats.Companion.class);
    assertThat(choose("ParlaMint-GB-listPerson.xml")).isInstanceOf(InputFormats.Companion.class);
    assertThat(choose("ParlaMint-GB.xml")).isInstanceOf(InputFormats.Companion.class);
    assertThat(choose("motions.parquet")).isInstanceOf(InputFormats.Unsupported.class);
  }
}
