package org.concerntracker.ingest.news;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concerntracker.ingest.Dates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from a news page with jsoup: its metadata from the head (Open Graph, {@code
 * article:published_time}, JSON-LD, common meta tags) and the page ({@code h1}, {@code <time
 * datetime>}, {@code rel=author}, {@code .byline}), then its paragraphs from the article's own
 * container ({@code itemprop=articleBody}, a known article-body class, {@code <article>}, {@code
 * <main>}, else the element holding the most paragraph text) once the {@link SiteFurniture} is
 * gone. A page without a paragraph of article text gives nothing.
 */
public final class HtmlArticleExtractor {

  /** Less article text than this (in characters) is not an article: an index page, an error. */
  public static final int MIN_ARTICLE_CHARS = 80;

  private static final String BODY_CLASSES =
      ".article-body, .article__body, .articleBody, .article-content, .article__content,"
          + " .article-text, .story-body, .story__body, .story-content, .entry-content,"
          + " .post-content, .post-body, #article-body, #articleBody, #story-body";

  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt";

  private static final String[] DATE_META = {
    "meta[property=article:published_time]",
    "meta[itemprop=datePublished]",
    "meta[name=article:published_time]",
    "meta[property=og:published_time]",
    "meta[name=pubdate]",
    "meta[name=publishdate]",
    "meta[name=publish-date]",
    "meta[name=date]",
    "meta[name=dc.date]",
    "meta[name=dc.date.issued]",
    "meta[name=dcterms.date]",
    "meta[name=sailthru.date]",
    "meta[name=parsely-pub-date]",
    "meta[property=datePublished]",
  };

  private HtmlArticleExtractor() {}

  /**
   * Parses a page's bytes. {@code charset} is the one the HTTP response declared, or null to let
   * jsoup read it from a byte-order mark or a {@code <meta charset>} (UTF-8 otherwise); bytes that
   * do not decode become U+FFFD, as browsers show them.
   */
  public static Optional<HtmlArticle> extract(byte[] html, String charset, String baseUri)
      throws IOException {
    return extract(Jsoup.parse(new ByteArrayInputStream(html), charset, baseUri));
  }

  /** The article in a parsed page (which is modified: furniture removed). */
  public static Optional<HtmlArticle> extract(Document page) {
    if (page.body() == null) {
      return Optional.empty();
    }
    Optional<JsonLd> ld = JsonLd.find(page);
    String title = title(page, ld);
    String rawDate = rawDate(page, ld);
    String byline = byline(page, ld);
    String publisher =
        first(
            meta(page, "meta[property=og:site_name]"),
            ld.map(JsonLd::publisher).orElse(null),
            meta(page, "meta[name=application-name]"));
    String url =
        first(
            href(page, "link[rel=canonical]"),
            meta(page, "meta[property=og:url]"),
            ld.map(JsonLd::url).orElse(null));
    if (!looksLikeArticle(page, ld)) {
      return Optional.empty();
    }
    SiteFurniture.remove(page);
    String text = body(page, title);
    if (text.length() < MIN_ARTICLE_CHARS) {
      return Optional.empty();
    }
    return Optional.of(
        new HtmlArticle(
            title,
            rawDate,
            Dates.parse(rawDate).orElse(null),
            NewsText.cleanOrNull(byline),
            NewsText.cleanOrNull(publisher),
            NewsText.cleanOrNull(url),
            text));
  }

  /**
   * A page that says it is a website, not an article ({@code og:type=website}), and has neither an
   * {@code <article>} nor an article in its JSON-LD is a front or section page.
   */
  private static boolean looksLikeArticle(Document page, Optional<JsonLd> ld) {
    String type = meta(page, "meta[property=og:type]");
    if (type == null || type.equalsIgnoreCase("article") || ld.isPresent()) {
      return true;
    }
    return !page.select("article, [itemprop=articleBody]").isEmpty();
  }

  private static String title(Document page, Optional<JsonLd> ld) {
    String t =
        first(
            meta(page, "meta[property=og:title]"),
            meta(page, "meta[name=twitter:title]"),
            ld.map(JsonLd::headline).orElse(null),
            text(page.selectFirst("article h1")),
            text(page.selectFirst("h1")),
            NewsText.cleanOrNull(page.title()));
    String site = meta(page, "meta[property=og:site_name]");
    if (t != null && site != null) {
      for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
        if (t.endsWith(sep + site)) {
          return t.substring(0, t.length() - sep.length() - site.length()).strip();
        }
      }
    }
    return t == null ? null : NewsText.clean(t);
  }

  private static String rawDate(Document page, Optional<JsonLd> ld) {
    List<String> candidates = new ArrayList<>();
    for (String selector : DATE_META) {
      candidates.add(meta(page, selector));
    }
    candidates.add(ld.map(JsonLd::datePublished).orElse(null));
    candidates.add(attr(page.selectFirst("[itemprop=datePublished][datetime]"), "datetime"));
    candidates.add(attr(page.selectFirst("article time[datetime]"), "datetime"));
    candidates.add(attr(page.selectFirst("time[pubdate][datetime]"), "datetime"));
    candidates.add(attr(page.selectFirst("time[datetime]"), "datetime"));
    String firstGiven = null;
    for (String c : candidates) {
      if (c == null) {
        continue;
      }
      if (Dates.parse(c).isPresent()) {
        return c;
      }
      firstGiven = firstGiven == null ? c : firstGiven;
    }
    return firstGiven;
  }

  private static String byline(Document page, Optional<JsonLd> ld) {
    String metaAuthor = meta(page, "meta[name=author]");
    if (metaAuthor != null && metaAuthor.startsWith("http")) {
      metaAuthor = null;
    }
    return first(
        metaAuthor,
        ld.map(JsonLd::author).orElse(null),
        text(page.selectFirst("[rel=author]")),
        meta(page, "[itemprop=author] meta[itemprop=name]"),
        text(page.selectFirst("[itemprop=author] [itemprop=name]")),
        text(page.selectFirst("[itemprop=author]")),
        text(page.selectFirst(".byline__name, .byline-name, .author-name, .byline, .author")));
  }

  /** The article's paragraphs, in order, from its container. */
  private static String body(Document page, String title) {
    Element root = root(page);
    if (root == null) {
      return "";
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element block : root.select(BLOCKS)) {
      if (!block.select(BLOCKS).stream().allMatch(b -> b == block)) {
        continue; // a container of other blocks: its blocks are taken one by one
      }
      String p = NewsText.clean(block.text());
      if (p.isEmpty()
          || SiteFurniture.isFurnitureLine(p)
          || p.equals(title)
          || (!paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(p))) {
        continue;
      }
      paragraphs.add(p);
    }
    if (paragraphs.isEmpty()) {
      return NewsText.fromPlainText(root.wholeText());
    }
    return NewsText.join(paragraphs);
  }

  /** The article's container: the most specific marker with enough text, else the densest. */
  private static Element root(Document page) {
    for (String selector :
        List.of("[itemprop=articleBody]", BODY_CLASSES, "article", "main, [role=main]")) {
      Element best = null;
      int bestText = 0;
      for (Element e : page.select(selector)) {
        int t = blockText(e);
        if (t > bestText) {
          best = e;
          bestText = t;
        }
      }
      if (best != null && bestText >= MIN_ARTICLE_CHARS) {
        return best;
      }
    }
    return densest(page.body());
  }

  /** The element whose own {@code <p>} children hold the most text. */
  private static Element densest(Element body) {
    Element best = null;
    int bestText = 0;
    for (Element e : body.getAllElements()) {
      int t = 0;
      for (Element child : e.children()) {
        if (child.is("p")) {
          t += child.text().length();
        }
      }
      if (t > bestText) {
        best = e;
        bestText = t;
      }
    }
    return best != null ? best : body;
  }

  private static int blockText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  private static String meta(Document page, String selector) {
    Element e = page.selectFirst(selector);
    return e == null ? null : NewsText.cleanOrNull(e.attr("content"));
  }

  private static String href(Document page, String selector) {
    Element e = page.selectFirst(selector);
    if (e == null) {
      return null;
    }
    String abs = e.absUrl("href");
    return NewsText.cleanOrNull(abs.isEmpty() ? e.attr("href") : abs);
  }

  private static String attr(Element e, String name) {
    return e == null ? null : NewsText.cleanOrNull(e.attr(name));
  }

  private static String text(Element e) {
    return e == null ? null : NewsText.cleanOrNull(e.text());
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
