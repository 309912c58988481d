package org.concerntracker.ingest.news;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.concerntracker.ingest.DocumentReader;
import org.concerntracker.ingest.InputFile;
import org.concerntracker.ingest.Inputs;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.jsoup.Jsoup;

/**
 * Reads one saved news page ({@code .html}, {@code .htm}, {@code .xhtml}, compressed or not) into
 * one article with {@link HtmlArticleExtractor}. Its URL is the page's canonical URL, else the
 * file's path; its origin is {@code <path>#page}. A page with no article text, or larger than
 * {@link #MAX_PAGE_BYTES}, is one reject; a date the page gives but that cannot be read keeps the
 * article with a null date and adds a reject, as for JSON Lines. A page that cannot be read whole
 * (a truncated gzip) is one reject. Binary content and XML entity declarations are refused unread;
 * undecodable bytes and a page cut off before {@code </html>} keep the article and add a reject
 * saying so ({@link PageChecks}).
 */
public final class HtmlNewsReader implements DocumentReader {

  /** Largest page read (16 MiB): news pages are well under 5 MB with their scripts. */
  public static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

  static final String RECORD = "page";

  @Override
  public void read(InputFile input, RecordSink sink) throws IOException {
    byte[] html;
    try (InputStream in = Inputs.open(input)) {
      html = in.readNBytes(MAX_PAGE_BYTES + 1);
    } catch (IOException e) {
      sink.reject(reject(input, "unreadable input: " + e, null));
      return;
    }
    if (html.length > MAX_PAGE_BYTES) {
      sink.reject(reject(input, "page larger than " + MAX_PAGE_BYTES + " bytes", null));
      return;
    }
    Optional<String> refused = PageChecks.refusal(html);
    if (refused.isPresent()) {
      sink.reject(reject(input, refused.get(), null));
      return;
    }
    Optional<HtmlArticle> article;
    try {
      article = HtmlArticleExtractor.extract(html, null, input.path());
    } catch (IOException | RuntimeException e) {
      sink.reject(reject(input, "unparseable page: " + e, null));
      return;
    }
    if (article.isEmpty()) {
      sink.reject(reject(input, "no article text found", excerpt(html)));
      return;
    }
    HtmlArticle a = article.get();
    if (a.rawDate() != null && a.date() == null) {
      sink.reject(
          reject(
              input,
              "unreadable date '" + a.rawDate() + "': article kept without a date",
              a.title()));
    }
    for (String warning : PageChecks.warnings(html, a, true)) {
      sink.reject(reject(input, warning, a.title()));
    }
    sink.document(document(a, a.url() != null ? a.url() : input.path(), a.date(), originOf(input)));
  }

  /** The document for an extracted article (shared with the WARC reader). */
  static Document document(HtmlArticle a, String url, LocalDate date, String origin) {
    return NewsArticles.article(
        null, url, date, a.title(), a.byline(), a.publisher(), a.text(), origin);
  }

  private static String originOf(InputFile input) {
    return input.path() + "#" + RECORD;
  }

  /** The page's title and the start of its text, to recognise it by. */
  static String excerpt(byte[] html) {
    org.jsoup.nodes.Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    String title = NewsText.clean(page.title());
    String text = page.body() == null ? "" : NewsText.clean(page.body().text());
    return title.isEmpty() ? text : title + " | " + text;
  }

  private static Reject reject(InputFile input, String reason, String excerpt) {
    return new Reject(input.path(), RECORD, "ingest", reason, excerpt);
  }
}
