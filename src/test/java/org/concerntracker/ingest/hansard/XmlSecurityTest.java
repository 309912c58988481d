package org.concerntracker.ingest.hansard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.concerntracker.ingest.DocumentReader;
import org.concerntracker.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XXE and entity-expansion attacks on both readers: each must end in a reject that says why, and no
 * document may carry the content of a local file.
 */
class XmlSecurityTest {

  @TempDir Path dir;

  private Path secret() throws Exception {
    return Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:TOP-SECRET-CONTENT");
  }

  private static String speech(String body) {
    return "<publicwhip><speech id=\"uk.org.publicwhip/debate/2020-01-02a.1.1\""
        + " speakername=\"A\"><p>"
        + body
        + "</p></speech></publicwhip>";
  }

  private static void assertNoLeak(Collected c) {
    assertThat(c.documents).extracting(Document::text).noneMatch(t -> t.contains("TOP-SECRET"));
    assertThat(c.rejects)
        .allSatisfy(r -> assertThat(String.valueOf(r.excerpt())).doesNotContain("TOP-SECRET"));
  }

  @Test
  void externalGeneralEntityRejectsTheFile() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE publicwhip [<!ENTITY xxe SYSTEM \""
            + secret().toUri()
            + "\">]>"
            + speech("before &xxe; after");
    Collected c =
        Collected.read(new ParlParseReader(), TempFiles.write(dir, "debates2020-01-02a.xml", xml));
    assertNoLeak(c);
    assertThat(c.documents).isEmpty();
    assertThat(c.rejects)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.reason())
                    .startsWith("external entity 'xxe' declared (SYSTEM file:")
                    .contains("never resolved"));
  }

  @Test
  void externalParameterEntityRejectsTheFile() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE publicwhip [<!ENTITY % pe SYSTEM \""
            + secret().toUri()
            + "\"> %pe;]>"
            + speech("text");
    Collected c =
        Collected.read(new ParlParseReader(), TempFiles.write(dir, "debates2020-01-02a.xml", xml));
    assertNoLeak(c);
    assertThat(c.documents).isEmpty();
    assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("'%pe'"));
  }

  @Test
  void externalDtdIsNeverFetched() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE publicwhip SYSTEM \""
            + secret().toUri()
            + "\">"
            + speech("text");
    Collected c =
        Collected.read(new ParlParseReader(), TempFiles.write(dir, "debates2020-01-02a.xml", xml));
    assertNoLeak(c);
    assertThat(c.documents).isEmpty();
    assertThat(c.rejects)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).startsWith("unsafe XML").contains("never fetched"));
  }

  @Test
  void billionLaughsHitsTheExpansionLimit() {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE publicwhip [" + dtd + "]>" + speech("&lol9;");
    for (DocumentReader reader : new DocumentReader[] {new ParlParseReader()}) {
      Collected c = Collected.read(reader, TempFiles.write(dir, "debates2020-01-02a.xml", xml));
      assertThat(c.documents).isEmpty();
      assertThat(c.rejects)
          .singleElement()
          .satisfies(r -> assertThat(r.reason()).startsWith("XML entity expansion limit exceeded"));
    }
  }

  @Test
  void quadraticBlowUpHitsTheSizeLimit() {
    String big = "x".repeat(50_000);
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE publicwhip [<!ENTITY big \""
            + big
            + "\">]>"
            + speech("&big;".repeat(200));
    Collected c =
        Collected.read(new ParlParseReader(), TempFiles.write(dir, "debates2020-01-02a.xml", xml));
    assertThat(c.documents).isEmpty();
    assertThat(c.rejects)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).startsWith("XML entity expansion limit exceeded"));
  }

  @Test
  void parlaMintReaderRefusesExternalEntitiesToo() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY xxe SYSTEM \""
            + secret().toUri()
            + "\">]><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><div>"
            + "<u xml:id=\"x.u1\" who=\"#A\"><seg>&xxe;</seg></u></div></body></text></TEI>";
    Collected c =
        Collected.read(
            new ParlaMintReader(),
            TempFiles.write(dir, "ParlaMint-GB_2020-01-02-commons.xml", xml));
    assertNoLeak(c);
    assertThat(c.documents).isEmpty();
    assertThat(c.rejects)
        .anySatisfy(r -> assertThat(r.reason()).startsWith("external entity 'xxe' declared"));
  }

  @Test
  void internalCharacterEntitiesStillWork() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE publicwhip [<!ENTITY mdash \"&#8212;\">"
            + "<!ENTITY nbsp \"&#160;\">]>"
            + speech("a&nbsp;b&mdash;c");
    Collected c =
        Collected.read(new ParlParseReader(), TempFiles.write(dir, "debates2020-01-02a.xml", xml));
    assertThat(c.rejects).isEmpty();
    assertThat(c.documents).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo("a b—c"));
  }
}
