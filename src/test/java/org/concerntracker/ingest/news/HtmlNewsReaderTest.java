package org.concerntracker.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.concerntracker.ingest.CollectingSink;
import org.concerntracker.ingest.DocIds;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlNewsReaderTest {

  @TempDir Path dir;

  private static CollectingSink read(Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    new HtmlNewsReader().read(new LocalInputFile(file), sink);
    return sink;
  }

  private Path write(String name, String html) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, html);
    return p;
  }

  @Test
  void readsAnOpEdPageWithJsonLdAndMetaTags() throws IOException {
    CollectingSink sink = read(NewsFixtures.html("oped-phones.html"));

    assertThat(sink.rejects()).isEmpty();
    Document d = sink.documents().get(0);
    String url = "https://news.example.org/opinion/2024/03/05/our-phones-should-answer-to-us";
    assertThat(d.docId()).isEqualTo(DocIds.forUrl(url));
    assertThat(d.url()).isEqualTo(url);
    assertThat(d.title())
        .isEqualTo("JANE EXAMPLE: Our phones should answer to us, not to app makers");
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(d.speaker()).isEqualTo("JANE EXAMPLE");
    assertThat(d.publisher()).isEqualTo("The Sample Gazette");
    assertThat(d.origin()).endsWith("oped-phones.html#page");
    assertThat(d.paragraphs())
        .hasSize(4)
        .first()
        .asString()
        .startsWith("This is a sample opinion column");
  }

  @Test
  void leavesSiteFurnitureOut() throws IOException {
    for (NewsFixtures.Page page : NewsFixtures.PAGES) {
      Document d = read(NewsFixtures.html(page.file())).documents().get(0);

      assertThat(d.text())
          .as(page.file())
          .doesNotContain("Follow us", "cookies", "Most read", "Trending", "Related videos")
          .doesNotContain("Watch", "Sign up", "Advertisement", "Share", "Skip to content")
          .doesNotContain("Huawei", "WeChat", "Instagram", "©", "Copyright", "file image")
          .doesNotContain("Home", "By Jane", "5 March 2024", "You may also like");
    }
  }

  @Test
  void followUsOnTikTokFooterNeverBecomesText() throws IOException {
    Document council = read(NewsFixtures.html("council-cameras.html")).documents().get(0);
    Document library = read(NewsFixtures.html("library-hours.html")).documents().get(0);

    assertThat(council.text()).doesNotContain("TikTok");
    assertThat(library.text()).doesNotContain("TikTok");
  }

  @Test
  void readsAPageWithOnlyMetaTagsAndABodyClass() throws IOException {
    Document d = read(NewsFixtures.html("council-cameras.html")).documents().get(0);

    assertThat(d.title())
        .isEqualTo("Council reviews security camera contract after advice on data access");
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 4, 12));
    assertThat(d.speaker()).isEqualTo("Sam Reporter");
    assertThat(d.paragraphs())
        .containsExactly(
            "Sampleton Borough Council has paused the renewal of its town-centre camera contract"
                + " while officers review advice on who can access the recorded footage.",
            "The cameras, supplied by Hikvision, were installed in 2019. A council spokesperson"
                + " said the review was routine and that no data had been shown to leave the"
                + " country.",
            "Councillor Pat Placeholder, who chairs the scrutiny committee, said residents"
                + " deserved a clear answer before the contract was extended.",
            "What happens next",
            "The committee will publish its findings in June. This article is sample text written"
                + " for software tests.");
  }

  @Test
  void pageWithoutArticleMarkupUsesTheDensestTextAndTheFilePathAsUrl() throws IOException {
    Path page = NewsFixtures.html("library-hours.html");
    Document d = read(page).documents().get(0);

    assertThat(d.title()).isEqualTo("Library opening hours extended in Sampleton");
    assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 20));
    assertThat(d.speaker()).isEqualTo("Alex Writer");
    assertThat(d.url()).isEqualTo(page.toString());
    assertThat(d.paragraphs()).hasSize(3);
  }

  @Test
  void pageWithNoArticleIsRejected() throws IOException {
    CollectingSink sink = read(NewsFixtures.html("not-found.html"));

    assertThat(sink.documents()).isEmpty();
    assertThat(sink.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo("no article text found");
              assertThat(r.stage()).isEqualTo("ingest");
              assertThat(r.record()).isEqualTo("page");
              assertThat(r.excerpt()).startsWith("Page not found");
            });
  }

  @Test
  void frontPageOfTeasersIsNotAnArticle() throws IOException {
    String teasers = "<p>" + "A teaser paragraph about another story entirely. ".repeat(5) + "</p>";
    Path p =
        write(
            "front.html",
            "<html><head><meta property='og:type' content='website'></head><body><div>"
                + teasers.repeat(4)
                + "</div></body></html>");

    assertThat(read(p).rejects())
        .extracting(r -> r.reason())
        .containsExactly("no article text found");
  }

  @Test
  void unreadableDateKeepsTheArticleAndSaysSo() throws IOException {
    Path p =
        write(
            "bad-date.html",
            "<html><head><meta property='article:published_time' content='31/02/2024'>"
                + "<title>A title</title></head><body><article><p>"
                + "Enough text to count as an article, written for a test of dates. ".repeat(3)
                + "</p></article></body></html>");

    CollectingSink sink = read(p);

    assertThat(sink.documents()).singleElement().satisfies(d -> assertThat(d.date()).isNull());
    assertThat(sink.rejects())
        .extracting(r -> r.reason())
        .containsExactly("unreadable date '31/02/2024': article kept without a date");
  }

  @Test
  void readsGzippedPagesAndDeclaredCharsets() throws IOException {
    Path gz = dir.resolve("page.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(
          ("<html><head><meta charset='windows-1252'><title>Caf\u00e9 news</title></head><body>"
                  + "<article><p>The caf\u00e9 on the high street reopened today after a long"
                  + " refurbishment, its owner said.</p></article></body></html>")
              .getBytes(StandardCharsets.ISO_8859_1));
    }

    Document d = read(gz).documents().get(0);

    assertThat(d.title()).isEqualTo("Caf\u00e9 news");
    assertThat(d.text()).startsWith("The caf\u00e9 on the high street");
  }

  @Test
  void garbageIsRejectedNotThrown() throws IOException {
    Path p = dir.resolve("garbage.html");
    Files.write(p, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 60, 62, 0});

    assertThat(read(p).rejects())
        .extracting(r -> r.reason())
        .containsExactly("binary content, not a web page (NUL byte at offset 0)");
  }
}
