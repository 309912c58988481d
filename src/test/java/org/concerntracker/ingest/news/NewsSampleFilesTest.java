package org.concerntracker.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concerntracker.TestData;
import org.concerntracker.ingest.CollectingSink;
import org.concerntracker.ingest.DocumentReader;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.model.Document;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;

/**
 * The news files under {@code data-samples/news/}: an HTML page in site furniture, the sample
 * articles as JSON Lines, and a small CC-NEWS-style WARC built from the sample pages. Regenerate
 * them from the test fixtures with {@code -Dct.writeSamples=true}; otherwise this checks they read
 * cleanly, stay small and agree with each other.
 */
class NewsSampleFilesTest {

  static final String HTML = "news/html/sample-gazette-oped.html";
  static final String JSONL = "news/jsonl/sample-news.jsonl";
  static final String WARC = "news/warc/sample-news.warc.gz";

  @Test
  void writeSamplesWhenAsked() throws IOException {
    assumeTrue(Boolean.getBoolean("ct.writeSamples"), "set -Dct.writeSamples=true to regenerate");
    write(HTML, NewsFixtures.bytes("html/oped-phones.html"));
    write(JSONL, NewsFixtures.bytes("articles.jsonl"));
    WarcFixtures w = new WarcFixtures().warcinfo("sample-news.warc.gz");
    for (NewsFixtures.Page p : NewsFixtures.PAGES) {
      w.page(p.url(), NewsFixtures.bytes("html/" + p.file()));
    }
    w.response(
        "https://news.example.org/robots.txt",
        200,
        "text/plain",
        "User-agent: *\nAllow: /\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        true);
    write(WARC, w.write(WarcCompression.GZIP).bytes());
  }

  @Test
  void samplesReadCleanlyAndAgree() throws IOException {
    for (String s : List.of(HTML, JSONL, WARC)) {
      assumeTrue(Files.exists(TestData.sample(s)), "sample missing: " + s);
      assertThat(Files.size(TestData.sample(s))).as(s).isLessThan(50_000);
    }
    List<Document> html = read(new HtmlNewsReader(), HTML);
    List<Document> json = read(new JsonLinesNewsReader(), JSONL);
    List<Document> warc = read(new WarcNewsReader(), WARC);

    assertThat(html).hasSize(1);
    assertThat(json).hasSize(3);
    assertThat(warc)
        .extracting(Document::docId)
        .containsExactlyElementsOf(json.stream().map(Document::docId).toList());
    assertThat(warc)
        .extracting(Document::text)
        .containsExactlyElementsOf(json.stream().map(Document::text).toList());
    assertThat(html.get(0).docId()).isEqualTo(json.get(0).docId());
    assertThat(html.get(0).text()).isEqualTo(json.get(0).text()).doesNotContain("Follow us");
  }

  private static List<Document> read(DocumentReader reader, String sample) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(new LocalInputFile(TestData.sample(sample)), sink);
    assertThat(sink.rejects()).as(sample).isEmpty();
    return sink.documents();
  }

  private static void write(String sample, byte[] bytes) throws IOException {
    Path p = TestData.sample(sample);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }
}
