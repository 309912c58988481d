package org.concerntracker.ingest.hansard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.concerntracker.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParlaMintReaderTest {

  private static final Path FIXTURE =
      Path.of("src/test/resources/hansard/parlamint/ParlaMint-GB_2021-03-16-commons.xml");
  private static final Path META =
      Path.of("src/test/resources/hansard/parlamint/ParlaMint-GB_2021-03-16-commons-meta.tsv");
  private final ParlaMintReader reader = new ParlaMintReader();

  @TempDir Path dir;

  @Test
  void oneDocumentPerUtteranceWithSegmentsAsParagraphs() {
    Collected c = Collected.read(reader, FIXTURE);
    assertThat(c.rejects).isEmpty();
    assertThat(c.documents).hasSize(4);
    Document u2 = c.doc("ParlaMint-GB_2021-03-16-commons.u2");
    assertThat(u2.paragraphs())
        .containsExactly(
            "What assessment has been made of the data collected by TikTok?",
            "Constituents have written to me about this.");
    assertThat(u2.title()).isEqualTo("Online Safety: Foreign Apps");
    assertThat(c.doc("ParlaMint-GB_2021-03-16-commons.u4").title())
        .isEqualTo("Surveillance Equipment");
  }

  @Test
  void speakerPartyDateAndHouseComeFromHeaderAndMetadata() {
    Document u1 = Collected.read(reader, FIXTURE).doc("ParlaMint-GB_2021-03-16-commons.u1");
    assertThat(u1.speaker()).isEqualTo("Nigel Martin Evans");
    assertThat(u1.speakerRef()).isEqualTo("#NigelEvans");
    assertThat(u1.speakerOffice()).isEqualTo("Chairperson");
    assertThat(u1.party()).isEqualTo("Conservative");
    // The header also holds the corpus's publication date (2024-01-23); the sitting's is used.
    assertThat(u1.date()).hasToString("2021-03-16");
    assertThat(u1.house()).isEqualTo("commons");
  }

  @Test
  void withoutMetadataUtterancesAreKeptAndOneRejectSaysWhy() throws Exception {
    Path xml = Files.copy(FIXTURE, dir.resolve(FIXTURE.getFileName()));
    Collected c = Collected.read(reader, xml);
    assertThat(c.documents).hasSize(4).allMatch(d -> d.speaker() == null);
    assertThat(c.rejects)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.reason())
                    .startsWith("ParlaMint metadata ParlaMint-GB_2021-03-16-commons-meta.tsv"));
  }

  @Test
  void aBadMetadataRowIsRejectedAlone() throws Exception {
    Path xml = Files.copy(FIXTURE, dir.resolve(FIXTURE.getFileName()));
    String tsv = Files.readString(META) + "ParlaMint-GB_2021-03-16-commons\ttoo few fields\n";
    Files.writeString(dir.resolve(META.getFileName()), tsv);
    Collected c = Collected.read(reader, xml);
    assertThat(c.documents).hasSize(4).allMatch(d -> d.speaker() != null);
    assertThat(c.rejects)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.record()).isEqualTo("line 6");
              assertThat(r.reason()).isEqualTo("metadata row has 2 fields, the header 23");
            });
  }

  /** ParlaMint marks a token followed by no space with {@code join="right"}. */
  @Test
  void annotatedTokensAreRejoined() {
    String ana =
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><profileDesc><settingDesc><setting>"
            + "<date when=\"2021-03-16\"/></setting></settingDesc></profileDesc></teiHeader>"
            + "<text><body><div><u xml:id=\"ParlaMint-GB_2021-03-16-commons.u1\" who=\"#A\">\n"
            + "<seg>\n <w join=\"right\">Order</w>\n <pc>,</pc>\n <w join=\"right\">order</w>\n"
            + " <pc>.</pc>\n</seg></u></div></body></text></TEI>";
    Path xml = TempFiles.write(dir, "ParlaMint-GB_2021-03-16-commons.ana.xml", ana);
    Collected c = Collected.read(reader, xml);
    assertThat(c.documents)
        .singleElement()
        .satisfies(d -> assertThat(d.text()).isEqualTo("Order, order."));
    assertThat(c.documents.get(0).house()).isEqualTo("commons");
  }

  @Test
  void aCorpusRootIsNotASitting() {
    Path xml =
        TempFiles.write(
            dir,
            "ParlaMint-GB_2021-03-16-lords.xml",
            "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"/>");
    Collected c = Collected.read(reader, xml);
    assertThat(c.rejects)
        .anySatisfy(r -> assertThat(r.reason()).contains("root element <teiCorpus>"));
  }
}
