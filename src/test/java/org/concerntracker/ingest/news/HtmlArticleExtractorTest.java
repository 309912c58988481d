package org.concerntracker.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Page layouts the extractor must cope with, on small inline pages. */
class HtmlArticleExtractorTest {

  private static final String P1 =
      "The minister said the review of the contract would report before the summer recess.";
  private static final String P2 =
      "Campaigners welcomed the decision but asked for the full advice to be published.";

  private static Optional<HtmlArticle> extract(String html) {
    return HtmlArticleExtractor.extract(Jsoup.parse(html, "https://site.example/a"));
  }

  private static HtmlArticle article(String html) {
    return extract(html).orElseThrow(() -> new AssertionError("no article found"));
  }

  @Test
  void pageWrappedInAFormAndASidebarLayoutStillYieldsItsArticle() {
    HtmlArticle a =
        article(
            "<html><body><form id='aspnetForm'><div class='layout has-sidebar'>"
                + "<div class='content'><h1>Headline</h1><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p></div><div class='sidebar'><p>Most read: something else entirely,"
                + " a long teaser.</p></div></div></form></body></html>");

    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);
    assertThat(a.title()).isEqualTo("Headline");
  }

  @Test
  void teaserArticlesInARelatedListDoNotWinOverTheStory() {
    HtmlArticle a =
        article(
            "<html><body><article class='story'><h1>Story</h1><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p></article><section><h2>More stories</h2>"
                + "<article><p>"
                + "A teaser for another story that is long enough to look like text. ".repeat(3)
                + "</p></article></section></body></html>");

    assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void articleAboutCookiesKeepsItsParagraphs() {
    String p = "The regulator said the app set tracking cookies without consent from users.";
    HtmlArticle a =
        article(
            "<html><body><article><h1>Cookies</h1><p>"
                + p
                + "</p><p>"
                + P2
                + "</p></article>"
                + "<div class='x'>We use cookies. Accept all</div></body></html>");

    assertThat(a.text()).isEqualTo(p + "\n\n" + P2);
  }

  @Test
  void textWithLineBreaksButNoParagraphElementsIsSplitOnTheBreaks() {
    HtmlArticle a =
        article(
            "<html><body><div itemprop='articleBody'>"
                + P1
                + "<br><br>"
                + P2
                + "</div></body></html>");

    assertThat(a.text()).contains(P1).contains(P2);
  }

  @Test
  void readsJsonLdInAGraphWithSeveralAuthors() {
    HtmlArticle a =
        article(
            "<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"x\"},{\"@type\":[\"NewsArticle\"],"
                + "\"headline\":\"From JSON-LD\",\"datePublished\":\"2023-11-21T10:00:00Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann One\"},{\"name\":\"Bo Two\"}],"
                + "\"publisher\":{\"name\":\"LD Times\"},\"mainEntityOfPage\":{\"@id\":"
                + "\"https://ld.example/story\"}}]}</script></head><body><main><p>"
                + P1
                + "</p></main></body></html>");

    assertThat(a.title()).isEqualTo("From JSON-LD");
    assertThat(a.date()).isEqualTo(LocalDate.of(2023, 11, 21));
    assertThat(a.byline()).isEqualTo("Ann One, Bo Two");
    assertThat(a.publisher()).isEqualTo("LD Times");
    assertThat(a.url()).isEqualTo("https://ld.example/story");
  }

  @Test
  void brokenJsonLdIsIgnored() {
    HtmlArticle a =
        article(
            "<html><head><script type='application/ld+json'>{not json</script>"
                + "<meta property='og:title' content='OG title'></head><body><article><p>"
                + P1
                + "</p></article></body></html>");

    assertThat(a.title()).isEqualTo("OG title");
  }

  @Test
  void siteNameIsTakenOffTheTitle() {
    HtmlArticle a =
        article(
            "<html><head><title>Budget row deepens | The Example Post</title>"
                + "<meta property='og:site_name' content='The Example Post'></head><body><p>"
                + P1
                + "</p></body></html>");

    assertThat(a.title()).isEqualTo("Budget row deepens");
    assertThat(a.publisher()).isEqualTo("The Example Post");
  }

  @Test
  void relativeCanonicalLinkIsMadeAbsolute() {
    HtmlArticle a =
        article(
            "<html><head><link rel='canonical' href='/news/story-1'></head><body><article><p>"
                + P1
                + "</p></article></body></html>");

    assertThat(a.url()).isEqualTo("https://site.example/news/story-1");
  }

  @Test
  void emptyAndScriptOnlyPagesHaveNoArticle() {
    assertThat(extract("")).isEmpty();
    assertThat(extract("<html><body><script>var x = '" + P1 + "';</script></body></html>"))
        .isEmpty();
    assertThat(
            extract(
                "<html><body><nav><p>"
                    + P1
                    + "</p></nav><footer><p>"
                    + P2
                    + "</p></footer></body></html>"))
        .isEmpty();
  }
}
