package org.concerntracker.ingest.news;

import java.time.LocalDate;
import java.util.List;
import org.concerntracker.ingest.DocIds;
import org.concerntracker.model.Document;
import org.concerntracker.model.Source;

/**
 * Builds the {@link Document} for one article, the same way for every news format: the id is the
 * record's own id, else a hash of the URL, else of title and text; the speaker is the op-ed author
 * a headline names ({@link Bylines#fromTitle(String)}), else the cleaned byline. Person ids are
 * left for the resolution stage.
 */
final class NewsArticles {

  private NewsArticles() {}

  /**
   * @param id the record's own id, or null
   * @param url the article's URL, or null
   * @param text the body, already normalised by {@link NewsText}
   */
  static Document article(
      String id,
      String url,
      LocalDate date,
      String title,
      String byline,
      String publisher,
      String text,
      String origin) {
    String cleanTitle = NewsText.cleanOrNull(title);
    String cleanUrl = NewsText.cleanOrNull(url);
    String docId = id != null ? id : cleanUrl != null ? DocIds.forUrl(cleanUrl) : null;
    if (docId == null) {
      docId = DocIds.forContent(cleanTitle, text);
    }
    String speaker = Bylines.speaker(cleanTitle, byline);
    return new Document(
        docId,
        Source.NEWS,
        date,
        cleanTitle,
        cleanUrl,
        cleanUrl == null ? List.of() : List.of(cleanUrl),
        origin,
        speaker,
        null,
        null,
        null,
        null,
        null,
        NewsText.cleanOrNull(publisher),
        text,
        null);
  }
}
