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
import java.util.zip.GZIPOutputStream;
import org.concerntracker.ingest.CollectingSink;
import org.concerntracker.ingest.DocIds;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WarcNewsReaderTest {

  @TempDir Path dir;

  private final CollectingSink sink = new CollectingSink();

  private WarcNewsReader.Counts read(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return new WarcNewsReader().readCounting(new LocalInputFile(file), sink);
  }

  /** warcinfo, three sample pages and a PNG (request, response, metadata each), a bare 404. */
  private static WarcFixtures samples() throws IOException {
    WarcFixtures w = new WarcFixtures().warcinfo("samples.warc");
    for (NewsFixtures.Page p : NewsFixtures.PAGES) {
      w.page(p.url(), NewsFixtures.bytes("html/" + p.file()));
    }
    w.response("https://news.example.org/logo.png", 200, "image/png", new byte[] {1, 2, 3}, true);
    w.response(
        "https://news.example.org/gone",
        404,
        "text/html",
        NewsFixtures.bytes("html/not-found.html"),
        false);
    return w;
  }

  @Test
  void readsHtmlResponsesAndSkipsEveryOtherRecord() throws IOException {
    WarcNewsReader.Counts counts =
        read("samples.warc", samples().write(WarcCompression.NONE).bytes());

    assertThat(sink.rejects()).isEmpty();
    assertThat(counts).isEqualTo(new WarcNewsReader.Counts(14, 3, 11, 0));
    assertThat(sink.documents())
        .extracting(Document::url, Document::date)
        .containsExactly(
            tuple(NewsFixtures.PAGES.get(0).url(), LocalDate.of(2024, 3, 5)),
            tuple(NewsFixtures.PAGES.get(1).url(), LocalDate.of(2024, 4, 12)),
            tuple(NewsFixtures.PAGES.get(2).url(), LocalDate.of(2024, 5, 20)));
    Document first = sink.documents().get(0);
    assertThat(first.docId()).isEqualTo(DocIds.forUrl(NewsFixtures.PAGES.get(0).url()));
    assertThat(first.origin()).matches(".*samples\\.warc#urn:uuid:[0-9a-f-]{36}");
    assertThat(first.speaker()).isEqualTo("JANE EXAMPLE");
    assertThat(sink.documents()).allSatisfy(d -> assertThat(d.text()).doesNotContain("Follow us"));
  }

  @Test
  void readsGzippedWarcsRecordByRecord() throws IOException {
    read("samples.warc.gz", samples().write(WarcCompression.GZIP).bytes());

    assertThat(sink.rejects()).isEmpty();
    assertThat(sink.documents()).hasSize(3);
  }

  @Test
  void dateFallsBackToTheWarcDate() throws IOException {
    byte[] page =
        ("<html><head><title>Undated</title></head><body><article><p>"
                + "A page that gives no date of its own, so the crawl date stands in. ".repeat(2)
                + "</p></article></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    read(
        "undated.warc",
        new WarcFixtures().page("https://x.example/u", page).write(WarcCompression.NONE).bytes());

    assertThat(sink.documents())
        .extracting(Document::date)
        .containsExactly(LocalDate.of(2024, 6, 1));
  }

  @Test
  void htmlResponseWithoutAnArticleIsRejected() throws IOException {
    WarcFixtures w =
        new WarcFixtures()
            .page("https://news.example.org/missing", NewsFixtures.bytes("html/not-found.html"));
    String id = "urn:uuid:" + w.nextIdPreview(); // the request's id: the response follows it
    read("missing.warc", w.write(WarcCompression.NONE).bytes());

    assertThat(sink.documents()).isEmpty();
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo("no article text found");
              assertThat(r.record()).startsWith("urn:uuid:").isNotEqualTo(id);
              assertThat(r.excerpt())
                  .startsWith("https://news.example.org/missing | Page not found");
            });
  }

  @Test
  void unparseableHttpIsRejectedAndTheNextRecordRead() throws IOException {
    WarcFixtures w = new WarcFixtures().brokenHttp("https://x.example/broken");
    NewsFixtures.Page p = NewsFixtures.PAGES.get(1);
    w.page(p.url(), NewsFixtures.bytes("html/" + p.file()));

    read("broken-http.warc", w.write(WarcCompression.NONE).bytes());

    assertThat(sink.documents()).extracting(Document::url).containsExactly(p.url());
    assertThat(sink.rejects())
        .extracting(Reject::reason)
        .singleElement()
        .asString()
        .startsWith("unreadable HTTP response");
  }

  @Test
  void corruptRecordHeaderIsRejectedAndReadingResumesAtTheNextRecord() throws IOException {
    WarcFixtures.Written w = samples().write(WarcCompression.NONE);
    // Damage the first page's response header (record 2: warcinfo 0, request 1, response 2).
    long at = w.offsets().get(2);
    byte[] bytes = w.bytes().clone();
    byte[] damage =
        "WARC/1.1\r\nContent-Length: banana\r\nWARC-Type: ???".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(damage, 0, bytes, (int) at, damage.length);

    read("corrupt.warc", bytes);

    assertThat(sink.documents())
        .extracting(Document::url)
        .containsExactly(NewsFixtures.PAGES.get(1).url(), NewsFixtures.PAGES.get(2).url());
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.record()).isEqualTo("offset " + at);
              assertThat(r.reason())
                  .startsWith("corrupt WARC record at byte " + at)
                  .contains("skipped to the next record at byte " + w.offsets().get(3));
            });
  }

  @Test
  void garbageBetweenGzipRecordsIsSkippedToo() throws IOException {
    WarcFixtures.Written w = samples().write(WarcCompression.GZIP);
    int cut = w.offsets().get(4).intValue(); // before the first page's metadata record
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(w.bytes(), 0, cut);
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(
          "WARC/1.1\r\nnot: a record header at all\r\n\r\n garbage"
              .getBytes(StandardCharsets.US_ASCII));
    }
    out.write(w.bytes(), cut, w.bytes().length - cut);

    read("garbage.warc.gz", out.toByteArray());

    assertThat(sink.documents()).hasSize(3);
    assertThat(sink.rejects())
        .singleElement()
        .extracting(Reject::reason)
        .asString()
        .startsWith("corrupt WARC record at byte");
  }

  @Test
  void truncatedGzipKeepsWhatCameBeforeAndRejectsTheRest() throws IOException {
    WarcFixtures.Written w = samples().write(WarcCompression.GZIP);
    // Cut in the middle of the third page's response (record 8).
    int cut = (int) (w.offsets().get(8) + (w.offsets().get(9) - w.offsets().get(8)) / 2);

    read("truncated.warc.gz", Arrays.copyOf(w.bytes(), cut));

    assertThat(sink.documents())
        .extracting(Document::url)
        .containsExactly(NewsFixtures.PAGES.get(0).url(), NewsFixtures.PAGES.get(1).url());
    assertThat(sink.rejects()).isNotEmpty();
    assertThat(sink.rejects().get(sink.rejects().size() - 1).reason())
        .startsWith("WARC file unreadable from byte")
        .endsWith("rest of the file skipped");
  }

  @Test
  void fileThatIsNotAWarcIsRejectedNotThrown() throws IOException {
    read("not-a.warc", "just some text\nover two lines\n".getBytes(StandardCharsets.UTF_8));

    assertThat(sink.documents()).isEmpty();
    assertThat(sink.rejects()).hasSize(1);
  }

  @Test
  void emptyFileHoldsNothing() throws IOException {
    WarcNewsReader.Counts counts = read("empty.warc", new byte[0]);

    assertThat(counts).isEqualTo(new WarcNewsReader.Counts(0, 0, 0, 0));
  }
}
