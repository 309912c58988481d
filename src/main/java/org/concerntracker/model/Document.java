package org.concerntracker.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One speech or one article: a row of the {@code documents} table, and the unit the NLP stage
 * reads.
 *
 * @param docId the speech's own id ({@code uk.org.publicwhip/debate/2023-03-28d.993.1}, a ParlaMint
 *     {@code xml:id}) or the article's id, else a stable hash of its URL
 * @param source hansard or news
 * @param date the sitting or publication date; null when the input has none
 * @param title the debate's headings ("major — minor") or the article's headline
 * @param url the source URL, if any (the first, for articles merged as exact duplicates)
 * @param urls every URL the same text was found under (duplicates merged), in input order
 * @param origin the file and record it came from, e.g. {@code
 *     hansard/debates2023-03-28d.xml#d993.1}
 * @param speaker the speaker's name as printed, or the article's byline
 * @param speakerRef the raw speaker reference the file gives ({@code uk.org.publicwhip/person/N}, a
 *     legacy {@code uk.org.publicwhip/member/N}, a ParlaMint {@code #Id}); null if none
 * @param speakerOffice the office printed beside the speaker ("The Minister for Europe"), if any
 * @param personId the speaker's (or member author's) parlparse person id, once resolved
 * @param party the speaker's party at {@code date}, once resolved
 * @param house commons, lords, westminster-hall, written-answers, written-statements, scottish ...
 *     for Hansard; null for news
 * @param publisher the news outlet; null for Hansard
 * @param text the body: paragraphs separated by a blank line ({@code "\n\n"})
 * @param resolution how {@code personId} was found, or why it was not (e.g. {@code file-person-id},
 *     {@code name-date}, {@code ambiguous: ...}); null before resolution
 */
public record Document(
    String docId,
    Source source,
    LocalDate date,
    String title,
    String url,
    List<String> urls,
    String origin,
    String speaker,
    String speakerRef,
    String speakerOffice,
    String personId,
    String party,
    String house,
    String publisher,
    String text,
    String resolution)
    implements Serializable {

  public static final String PARAGRAPH_BREAK = "\n\n";

  public Document {
    urls = urls == null ? List.of() : List.copyOf(urls);
  }

  /** This document with its speaker resolved (or not: personId null, resolution says why). */
  public Document withSpeaker(String personId, String party, String resolution) {
    return new Document(
        docId,
        source,
        date,
        title,
        url,
        urls,
        origin,
        speaker,
        speakerRef,
        speakerOffice,
        personId,
        party,
        house,
        publisher,
        text,
        resolution);
  }

  /** This document with a new id, URL list and origin (used when exact duplicates are merged). */
  public Document withIdentity(String docId, String url, List<String> urls, String origin) {
    return new Document(
        docId,
        source,
        date,
        title,
        url,
        urls,
        origin,
        speaker,
        speakerRef,
        speakerOffice,
        personId,
        party,
        house,
        publisher,
        text,
        resolution);
  }

  /** This document with another text. */
  public Document withText(String text) {
    return new Document(
        docId,
        source,
        date,
        title,
        url,
        urls,
        origin,
        speaker,
        speakerRef,
        speakerOffice,
        personId,
        party,
        house,
        publisher,
        text,
        resolution);
  }

  /** The paragraphs of {@link #text()}, in order. */
  public List<String> paragraphs() {
    return text == null || text.isEmpty() ? List.of() : List.of(text.split(PARAGRAPH_BREAK));
  }
}
