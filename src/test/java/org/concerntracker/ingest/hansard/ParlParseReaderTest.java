package org.concerntracker.ingest.hansard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.concerntracker.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the ParlParse reader beyond what the golden files show at a glance. */
class ParlParseReaderTest {

  private static final Path FIXTURES = Path.of("src/test/resources/hansard/parlparse");
  private final ParlParseReader reader = new ParlParseReader();

  @TempDir Path dir;

  @Test
  void everySpeechBecomesOneDocumentAndNothingElseDoes() {
    Collected c = Collected.read(reader, FIXTURES.resolve("debates2023-03-28z.xml"));
    assertThat(c.rejects).isEmpty();
    // 6 <speech>; the oral-heading, headings and the division are not documents.
    assertThat(c.documents).hasSize(6);
    assertThat(c.documents).noneMatch(d -> d.text().contains("Oral"));
    assertThat(c.documents).noneMatch(d -> d.text().contains("Chris Evans\n"));
  }

  @Test
  void headingsTitleTheSpeechesBelowThemAndMajorResetsMinor() {
    Collected c = Collected.read(reader, FIXTURES.resolve("debates2023-03-28z.xml"));
    assertThat(c.doc("uk.org.publicwhip/debate/2023-03-28z.809.2").title())
        .isEqualTo("Business Before Questions — Fixture Advisory Panel");
    assertThat(c.doc("uk.org.publicwhip/debate/2023-03-28z.809.6").title())
        .isEqualTo("Science, Innovation and Technology — Social Media Apps: Government Devices");
  }

  @Test
  void inlineMarkupIsFlattenedAndParagraphsKept() {
    Collected c = Collected.read(reader, FIXTURES.resolve("debates2023-03-28z.xml"));
    Document d = c.doc("uk.org.publicwhip/debate/2023-03-28z.809.7");
    assertThat(d.paragraphs())
        .containsExactly(
            "As my hon. Friend the Member for Ribble Valley (Mr Evans) said, the review looked at"
                + " how sensitive data is accessed and used.",
            "We will publish the guidance in full.");
    Document table = c.doc("uk.org.publicwhip/debate/2023-03-28z.810.0");
    assertThat(table.paragraphs()).contains("“immigration officer | section 7(12)”");
  }

  @Test
  void legacyFileDecodesLatin1AndItsDtdEntities() {
    Collected c = Collected.read(reader, FIXTURES.resolve("westminster2009-10-28z.xml"));
    assertThat(c.rejects).isEmpty();
    Document d = c.doc("uk.org.publicwhip/westminhall/2009-10-28z.71.2");
    assertThat(d.text())
        .contains("Mr. Benton. The café owners")
        .contains("constituency—and there are many—were sent a “privacy notice” costing £40.")
        .doesNotContain("&")
        .doesNotContain("\u00a0");
    assertThat(d.speakerRef()).isEqualTo("uk.org.publicwhip/member/40019");
    assertThat(d.house()).isEqualTo("westminster-hall");
  }

  @Test
  void chairNotesLeaveTheTitleAndNameTheChairman() {
    Collected c = Collected.read(reader, FIXTURES.resolve("westminster2009-10-28z.xml"));
    Document first = c.doc("uk.org.publicwhip/westminhall/2009-10-28z.71.5");
    assertThat(first.title()).isEqualTo("Data Protection (Overseas Transfers)");
    assertThat(first.speaker()).isEqualTo("The Chairman");
    assertThat(first.speakerOffice()).isEqualTo("The Chairman (Mr. Joe Benton)");
    Document second = c.doc("uk.org.publicwhip/westminhall/2009-10-28z.72.2");
    assertThat(second.title()).isEqualTo("Surveillance Cameras (Imports)");
    assertThat(second.speakerOffice()).isEqualTo("The Chairman (Dr. William McCrea)");
  }

  @Test
  void legacyUnknownSpeakerIdIsNoReference() {
    Collected c = Collected.read(reader, FIXTURES.resolve("westminster2009-10-28z.xml"));
    Document d = c.doc("uk.org.publicwhip/westminhall/2009-10-28z.71.4");
    assertThat(d.speaker()).isEqualTo("Several hon. Members");
    assertThat(d.speakerRef()).isNull();
  }

  @Test
  void writtenAnswersDateQuestionsByTablingAndRepliesByTheFile() {
    Collected c = Collected.read(reader, FIXTURES.resolve("answers2023-03-28.xml"));
    assertThat(c.documents).hasSize(5);
    assertThat(c.doc("uk.org.publicwhip/wrans/2023-03-21.160001.q0").date())
        .hasToString("2023-03-21");
    Document reply = c.doc("uk.org.publicwhip/wrans/2023-03-21.160001.r0");
    assertThat(reply.date()).hasToString("2023-03-28");
    assertThat(reply.house()).isEqualTo("written-answers");
    assertThat(reply.paragraphs())
        .containsExactly(
            "The ban applies to all government corporate devices.",
            "Guidance is available on GOV.UK & departmental intranets.");
  }

  @Test
  void writtenStatementsAndLordsHaveTheirHouses() {
    assertThat(Collected.read(reader, FIXTURES.resolve("ministerial2023-03-28a.xml")).documents)
        .extracting(Document::house)
        .containsOnly("written-statements");
    assertThat(Collected.read(reader, FIXTURES.resolve("daylord2023-03-28a.xml")).documents)
        .extracting(Document::house)
        .containsOnly("lords");
  }

  @Test
  void dateFallsBackToTheFileNameButIsNeverGuessed() {
    String speech =
        "<publicwhip><speech id=\"uk.org.publicwhip/debate/garbled.1\" speakername=\"A\">"
            + "<p>Text.</p></speech></publicwhip>";
    Collected dated =
        Collected.read(reader, TempFiles.write(dir, "debates2020-01-02a.xml", speech));
    assertThat(dated.documents)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.date()).hasToString("2020-01-02");
              assertThat(d.house()).isEqualTo("commons");
            });
    // Without a date anywhere the speech is kept undated (out of the monthly tables), and a
    // reject row says so.
    Collected undated = Collected.read(reader, TempFiles.write(dir, "speeches.xml", speech));
    assertThat(undated.documents).singleElement().satisfies(d -> assertThat(d.date()).isNull());
    assertThat(undated.rejects)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.record()).isEqualTo("uk.org.publicwhip/debate/garbled.1");
              assertThat(r.reason())
                  .isEqualTo("no date in the record id or the file name: kept without a date");
            });
  }

  @Test
  void aFileThatIsNotParlParseIsOneReject() {
    Collected c =
        Collected.read(reader, TempFiles.write(dir, "debates2020-01-02a.xml", "<html><p/></html>"));
    assertThat(c.documents).isEmpty();
    assertThat(c.rejects)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("root element <html>"));
    Collected empty = Collected.read(reader, TempFiles.write(dir, "debates2020-01-03a.xml", ""));
    assertThat(empty.rejects).singleElement().satisfies(r -> assertThat(r.record()).isNull());
  }

  @Test
  void aMalformedFileKeepsTheSpeechesReadBeforeTheFault() {
    Collected c =
        Collected.read(
            reader, Path.of("src/test/resources/hansard/malformed/debates2023-03-29z.xml"));
    assertThat(c.documents)
        .extracting(Document::docId)
        .containsExactly(
            "uk.org.publicwhip/debate/2023-03-29z.1.1", "uk.org.publicwhip/debate/2023-03-29z.1.4");
    assertThat(c.rejects).hasSize(3);
    assertThat(c.rejects.get(2).reason()).startsWith("malformed XML at line 17, column 5");
  }
}
