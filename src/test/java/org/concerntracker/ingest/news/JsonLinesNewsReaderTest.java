package org.concerntracker.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.concerntracker.ingest.CollectingSink;
import org.concerntracker.ingest.DocIds;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.concerntracker.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesNewsReaderTest {

  @TempDir Path dir;

  private CollectingSink read(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    CollectingSink sink = new CollectingSink();
    new JsonLinesNewsReader().read(new LocalInputFile(file), sink);
    return sink;
  }

  private CollectingSink read(String content) throws IOException {
    return read("news.jsonl", content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsContractFields() throws IOException {
    CollectingSink sink =
        read(
            """
            {"id": "a1", "url": "https://news.example.org/a1", "title": "Apps and data", \
            "date": "2024-03-05T09:30:00Z", "publisher": "Sample Gazette", "author": "Sam Reporter", \
            "text": "First paragraph.\\n\\nSecond  paragraph\\nwrapped."}
            """);

    assertThat(sink.rejects()).isEmpty();
    Document d = sink.documents().get(0);
    assertThat(d.docId()).isEqualTo("a1");
    assertThat(d.source()).isEqualTo(Source.NEWS);
    assertThat(d.url()).isEqualTo("https://news.example.org/a1");
    assertThat(d.urls()).containsExactly("https://news.example.org/a1");
    assertThat(d.title()).isEqualTo("Apps and data");
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(d.publisher()).isEqualTo("Sample Gazette");
    assertThat(d.speaker()).isEqualTo("Sam Reporter");
    assertThat(d.paragraphs()).containsExactly("First paragraph.", "Second paragraph wrapped.");
    assertThat(d.origin()).endsWith("news.jsonl#line 1");
    assertThat(d.speakerRef()).isNull();
    assertThat(d.personId()).isNull();
  }

  @Test
  void acceptsCommonAliases() throws IOException {
    CollectingSink sink =
        read(
            """
            {"link": "https://x.example/1", "headline": "H1", "published": "5 March 2024", \
            "outlet": "Outlet One", "byline": "By Jo Writer", "body": "Body one."}
            {"url": "https://x.example/2", "title": "H2", "datePublished": "2024-03-06", \
            "source": "Outlet Two", "authors": [{"name": "A One"}, {"name": "B Two"}], \
            "content": ["Para one.", "Para two."]}
            {"url": "https://x.example/3", "title": "H3", "published_at": 1709856000, \
            "publisher": {"name": "Outlet Three"}, "articleBody": "Body three."}
            """);

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.documents())
        .extracting(
            Document::title, Document::date, Document::publisher, Document::speaker, Document::text)
        .containsExactly(
            tuple("H1", LocalDate.of(2024, 3, 5), "Outlet One", "Jo Writer", "Body one."),
            tuple(
                "H2",
                LocalDate.of(2024, 3, 6),
                "Outlet Two",
                "A One, B Two",
                "Para one.\n\nPara two."),
            tuple("H3", LocalDate.of(2024, 3, 8), "Outlet Three", null, "Body three."));
    assertThat(sink.documents().get(0).docId()).isEqualTo(DocIds.forUrl("https://x.example/1"));
  }

  @Test
  void textWithoutBlankLinesHasOneParagraphPerLine() throws IOException {
    CollectingSink sink =
        read(
            "{\"id\": \"p\", \"text\": \"Line one.\\nCaption without a full stop\\nLine three.\"}\n");

    assertThat(sink.documents().get(0).paragraphs())
        .containsExactly("Line one.", "Caption without a full stop", "Line three.");
  }

  @Test
  void malformedLinesAreRejectedAndTheRestIsRead() throws IOException {
    CollectingSink sink =
        read(
            """
            {"id": "ok1", "text": "Kept one."}
            [1, 2, 3]
            42
            {"id": "broken", "text": "no closing brace"
            {"id": "trailing", "text": "x"} garbage

            "just a string"
            {"id": "ok2", "text": "Kept two."}
            """);

    assertThat(sink.documents()).extracting(Document::docId).containsExactly("ok1", "ok2");
    assertThat(sink.rejects())
        .extracting(Reject::record, Reject::stage)
        .containsExactly(
            tuple("line 2", "ingest"),
            tuple("line 3", "ingest"),
            tuple("line 4", "ingest"),
            tuple("line 5", "ingest"),
            tuple("line 7", "ingest"));
    assertThat(sink.rejects().get(0).reason()).isEqualTo("not a JSON object but array");
    assertThat(sink.rejects().get(1).reason()).isEqualTo("not a JSON object but number");
    assertThat(sink.rejects().get(2).reason()).startsWith("not valid JSON");
    assertThat(sink.rejects().get(3).reason()).startsWith("not valid JSON");
    assertThat(sink.rejects().get(2).excerpt()).contains("no closing brace");
  }

  @Test
  void invalidUtf8RejectsOnlyThatLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("{\"id\": \"a\", \"text\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"id\": \"b\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xe9); // Latin-1 é: not UTF-8
    bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(
        "{\"id\": \"c\", \"text\": \"Caf\u00e9 fine.\"}\n".getBytes(StandardCharsets.UTF_8));

    CollectingSink sink = read("news.jsonl", bytes.toByteArray());

    assertThat(sink.documents()).extracting(Document::docId).containsExactly("a", "c");
    assertThat(sink.documents().get(1).text()).isEqualTo("Caf\u00e9 fine.");
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.record()).isEqualTo("line 2");
              assertThat(r.reason()).isEqualTo("not valid UTF-8 (undecodable byte at offset 24)");
              assertThat(r.excerpt()).startsWith("{\"id\": \"b\"");
            });
  }

  @Test
  void overlongLineIsRejectedWithoutStoppingTheFile() throws IOException {
    String huge =
        "{\"id\": \"huge\", \"text\": \"" + "x".repeat(JsonLinesNewsReader.MAX_LINE_BYTES) + "\"}";
    CollectingSink sink = read(huge + "\n{\"id\": \"after\", \"text\": \"Still read.\"}\n");

    assertThat(sink.documents()).extracting(Document::docId).containsExactly("after");
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.record()).isEqualTo("line 1");
              assertThat(r.reason()).contains("longer than the limit");
              assertThat(r.excerpt()).startsWith("{\"id\": \"huge\"").hasSizeLessThanOrEqualTo(300);
            });
  }

  @Test
  void impossibleDateKeepsTheArticleWithoutADateAndSaysSo() throws IOException {
    CollectingSink sink =
        read(
            """
            {"id": "d1", "date": "31/02/2024", "text": "Kept."}
            {"id": "d2", "date": "29/02/2024", "text": "Leap day."}
            {"id": "d3", "date": null, "text": "No date at all."}
            """);

    assertThat(sink.documents())
        .extracting(Document::docId, Document::date)
        .containsExactly(
            tuple("d1", null), tuple("d2", LocalDate.of(2024, 2, 29)), tuple("d3", null));
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.record()).isEqualTo("line 1");
              assertThat(r.reason())
                  .isEqualTo("unreadable date '31/02/2024': article kept without a date");
            });
  }

  @Test
  void articleWithoutTextIsRejectedAndDescriptionStandsInForAMissingBody() throws IOException {
    CollectingSink sink =
        read(
            """
            {"id": "empty", "title": "Nothing here", "text": ""}
            {"id": "desc", "title": "Only a standfirst", "text": "", "description": "A short summary."}
            {"id": "wrongtype", "text": 17}
            """);

    assertThat(sink.documents())
        .extracting(Document::docId, Document::text)
        .containsExactly(tuple("desc", "A short summary."));
    assertThat(sink.rejects())
        .extracting(Reject::record, Reject::reason)
        .containsExactly(
            tuple("line 1", "article has no text"),
            tuple("line 2", "article has no body: kept with its description as text"),
            tuple("line 3", "article has no text"));
  }

  @Test
  void opEdHeadlineNamesTheSpeaker() throws IOException {
    CollectingSink sink =
        read(
            """
            {"id": "o", "title": "JANE EXAMPLE: Our phones should answer to us", \
            "author": "Desk Reporter", "text": "I believe..."}
            """);

    assertThat(sink.documents().get(0).speaker()).isEqualTo("JANE EXAMPLE");
  }

  @Test
  void readsGzipAndWindowsLineEndingsAndAByteOrderMark() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
      out.write(
          "{\"id\": \"g1\", \"text\": \"One.\"}\r\n{\"id\": \"g2\", \"text\": \"Two.\"}\r\n"
              .getBytes(StandardCharsets.UTF_8));
    }

    CollectingSink sink = read("news.jsonl.gz", gz.toByteArray());

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.documents()).extracting(Document::docId).containsExactly("g1", "g2");
  }

  @Test
  void truncatedGzipKeepsTheLinesBeforeAndRejectsTheRest() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      Random random = new Random(7);
      for (int i = 1; i <= 2000; i++) {
        String words =
            Long.toString(random.nextLong(), 36) + " " + Long.toString(random.nextLong(), 36);
        out.write(
            ("{\"id\": \"t" + i + "\", \"text\": \"Line " + i + ": " + words + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = gz.toByteArray();

    CollectingSink sink = read("cut.jsonl.gz", Arrays.copyOf(whole, whole.length - 40));

    assertThat(sink.documents()).hasSizeBetween(1800, 1999);
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.record()).isEqualTo("line " + (sink.documents().size() + 1));
              assertThat(r.reason()).contains("rest of the file skipped");
            });
  }

  @Test
  void fileThatIsNotGzipDespiteItsNameIsOneReject() throws IOException {
    CollectingSink sink =
        read(
            "plain.jsonl.gz",
            "{\"id\": \"x\", \"text\": \"y\"}\n".getBytes(StandardCharsets.UTF_8));

    assertThat(sink.documents()).isEmpty();
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.record()).isNull();
              assertThat(r.reason()).startsWith("unreadable input");
            });
  }
}
