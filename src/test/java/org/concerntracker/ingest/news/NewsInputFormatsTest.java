package org.concerntracker.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.concerntracker.ingest.DocumentReader;
import org.concerntracker.ingest.InputFormats;
import org.concerntracker.ingest.InputKind;
import org.concerntracker.ingest.LocalInputFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which reader {@link InputFormats} gives each news file. */
class NewsInputFormatsTest {

  @ParameterizedTest
  @CsvSource({
    "news.jsonl, JsonLinesNewsReader",
    "news.jsonl.gz, JsonLinesNewsReader",
    "feed.ndjson.bz2, JsonLinesNewsReader",
    "page.html, HtmlNewsReader",
    "PAGE.HTM, HtmlNewsReader",
    "page.html.gz, HtmlNewsReader",
    "CC-NEWS-20240601120000-00001.warc.gz, WarcNewsReader",
    "crawl.warc, WarcNewsReader",
  })
  void routesNewsFilesByName(String name, String reader) {
    var choice = InputFormats.choose(InputKind.NEWS, new LocalInputFile(Path.of("/data", name)));

    assertThat(choice).isInstanceOf(InputFormats.Read.class);
    DocumentReader r = ((InputFormats.Read) choice).reader();
    assertThat(r.getClass().getSimpleName()).isEqualTo(reader);
  }

  @ParameterizedTest
  @CsvSource({"notes.txt", "image.png", "news.csv", "crawl.cdx.gz"})
  void leavesOtherFilesUnsupported(String name) {
    assertThat(InputFormats.choose(InputKind.NEWS, new LocalInputFile(Path.of("/data", name))))
        .isInstanceOf(InputFormats.Unsupported.class);
  }
}
