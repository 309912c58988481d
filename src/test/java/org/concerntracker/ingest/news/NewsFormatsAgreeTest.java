package org.concerntracker.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concerntracker.ingest.CollectingSink;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * The same three articles given as JSON Lines, as HTML pages in site furniture and inside a WARC
 * file read to the same title, date, author and text: what issue 4's "same judgements" check relies
 * on (the NLP stage sees identical documents whatever the format).
 */
class NewsFormatsAgreeTest {

  @TempDir Path dir;

  /** The fields the NLP stage reads, for comparison. */
  record Seen(String title, String date, String speaker, String publisher, String text) {
    static Seen of(Document d) {
      return new Seen(d.title(), String.valueOf(d.date()), d.speaker(), d.publisher(), d.text());
    }
  }

  @Test
  void jsonLinesHtmlAndWarcGiveTheSameArticles() throws IOException {
    List<Document> json = readJson();
    List<Document> html = readHtml();
    List<Document> warc = readWarc(WarcCompression.GZIP);

    assertThat(json).hasSize(3);
    assertThat(html.stream().map(Seen::of))
        .containsExactlyElementsOf(json.stream().map(Seen::of).toList());
    assertThat(warc.stream().map(Seen::of))
        .containsExactlyElementsOf(json.stream().map(Seen::of).toList());
  }

  @Test
  void jsonLinesAndWarcGiveTheSameIdsAndUrlsSoDuplicatesMerge() throws IOException {
    List<Document> json = readJson();
    List<Document> warc = readWarc(WarcCompression.NONE);
    List<Document> all = new ArrayList<>(json);
    all.addAll(warc);
    all.addAll(readHtml());

    assertThat(warc)
        .extracting(Document::docId)
        .containsExactlyElementsOf(json.stream().map(Document::docId).toList());
    List<Document> merged = NewsDeduplicator.merge(all);
    assertThat(merged).hasSize(3);
    assertThat(merged).allSatisfy(d -> assertThat(d.urls()).isNotEmpty());
  }

  private List<Document> readJson() throws IOException {
    CollectingSink sink = new CollectingSink();
    new JsonLinesNewsReader()
        .read(new LocalInputFile(NewsFixtures.resource("articles.jsonl")), sink);
    assertThat(sink.rejects()).isEmpty();
    return sink.documents();
  }

  private List<Document> readHtml() throws IOException {
    CollectingSink sink = new CollectingSink();
    for (NewsFixtures.Page p : NewsFixtures.PAGES) {
      new HtmlNewsReader().read(new LocalInputFile(NewsFixtures.html(p.file())), sink);
    }
    assertThat(sink.rejects()).isEmpty();
    return sink.documents();
  }

  private List<Document> readWarc(WarcCompression compression) throws IOException {
    WarcFixtures w = new WarcFixtures().warcinfo("agree.warc");
    for (NewsFixtures.Page p : NewsFixtures.PAGES) {
      w.page(p.url(), NewsFixtures.bytes("html/" + p.file()));
    }
    Path file = dir.resolve(compression == WarcCompression.GZIP ? "agree.warc.gz" : "agree.warc");
    Files.write(file, w.write(compression).bytes());
    CollectingSink sink = new CollectingSink();
    new WarcNewsReader().read(new LocalInputFile(file), sink);
    assertThat(sink.rejects()).isEmpty();
    return sink.documents();
  }
}
