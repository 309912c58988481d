package org.concerntracker.ingest.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.concerntracker.model.Document;
import org.concerntracker.model.Source;
import org.junit.jupiter.api.Test;

class NewsDeduplicatorTest {

  private static final String LONG_TEXT =
      "A committee of MPs has asked the maker of a video-sharing app where it stores the data of"
          + " British users, and who can see it.\n\nThe company said it would reply in writing"
          + " within a month, and that it keeps European data in Ireland and Norway.";

  private static Document doc(String id, String url, LocalDate date, String title, String text) {
    return new Document(
        id,
        Source.NEWS,
        date,
        title,
        url,
        url == null ? List.of() : List.of(url),
        "in.jsonl#" + id,
        null,
        null,
        null,
        null,
        null,
        null,
        "Gazette",
        text,
        null);
  }

  @Test
  void sameTextUnderTwoUrlsBecomesOneDocumentKeepingEveryUrl() {
    Document a = doc("news:b", "https://b.example/story", LocalDate.of(2024, 3, 5), "T", LONG_TEXT);
    Document b = doc("news:a", "https://a.example/copy", null, "T copy", LONG_TEXT);
    Document other = doc("news:c", "https://c.example/x", null, "Other", LONG_TEXT + " More.");

    List<Document> merged = NewsDeduplicator.merge(List.of(a, b, other));

    assertThat(merged).extracting(Document::docId).containsExactly("news:a", "news:c");
    Document m = merged.get(0);
    assertThat(m.urls()).containsExactly("https://a.example/copy", "https://b.example/story");
    assertThat(m.url()).isEqualTo("https://a.example/copy");
    assertThat(m.title()).isEqualTo("T copy");
    assertThat(m.date()).as("taken from the copy that has one").isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(m.origin()).isEqualTo("in.jsonl#news:a");
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      docs.add(
          doc("news:" + (char) ('f' - i), "https://s" + i + ".example/", null, "T", LONG_TEXT));
    }
    docs.add(doc("bbc:1", null, null, null, "unrelated " + LONG_TEXT));
    List<Document> expected = NewsDeduplicator.merge(docs);

    Random random = new Random(4);
    for (int round = 0; round < 10; round++) {
      List<Document> shuffled = new ArrayList<>(docs);
      Collections.shuffle(shuffled, random);
      assertThat(NewsDeduplicator.merge(shuffled)).isEqualTo(expected);
    }
    assertThat(expected).extracting(Document::docId).containsExactly("bbc:1", "news:a");
    assertThat(expected.get(1).urls()).hasSize(6);
  }

  @Test
  void caseSpacingQuotesAndParagraphBreaksDoNotMakeADifference() {
    Document a =
        doc(
            "x1",
            "https://x/1",
            null,
            "T",
            "It\u2019s \u201cthe same\u201d text \u2014 " + LONG_TEXT);
    Document b =
        doc(
            "x2",
            "https://x/2",
            null,
            "T",
            "IT'S  \"THE SAME\" TEXT - " + LONG_TEXT.replace("\n\n", " "));

    assertThat(NewsDeduplicator.textKey(a)).isEqualTo(NewsDeduplicator.textKey(b));
    assertThat(NewsDeduplicator.merge(List.of(a, b))).hasSize(1);
  }

  @Test
  void shortTextsAreDuplicatesOnlyWithTheSameTitle() {
    Document a = doc("s1", "https://x/1", null, "First story", "Unknown");
    Document b = doc("s2", "https://x/2", null, "Second story", "Unknown");
    Document c = doc("s3", "https://x/3", null, "first STORY", "unknown");

    assertThat(NewsDeduplicator.merge(List.of(a, b, c)))
        .extracting(Document::docId)
        .containsExactly("s1", "s2");
  }

  @Test
  void aSingleDocumentIsLeftAsItIs() {
    Document a = doc("only", "https://x/1", null, "T", LONG_TEXT);

    assertThat(NewsDeduplicator.merge(List.of(a))).containsExactly(a);
  }
}
