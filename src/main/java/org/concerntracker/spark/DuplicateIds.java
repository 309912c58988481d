package org.concerntracker.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.concerntracker.ingest.news.NewsDeduplicator;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import org.concerntracker.model.Source;
import scala.Tuple2;

/**
 * One document per doc_id. Copies with the same text (a file and its compressed copy; one article
 * read from JSON Lines, HTML and WARC) are one document, keeping every URL. A copy whose text
 * differs (a re-crawl that changed) is a reject naming the copy kept: the one from the first input
 * path, so the choice does not depend on the order inputs are read.
 */
final class DuplicateIds {

  private DuplicateIds() {}

  static Tuple2<Document, List<Reject>> keepOne(Iterable<Document> copies) {
    List<Document> all = new ArrayList<>();
    copies.forEach(all::add);
    if (all.size() == 1) {
      // The usual case: no text key to compute (normalising a text is not cheap; issue 8).
      return new Tuple2<>(all.get(0), List.of());
    }
    all.sort(Comparator.comparing(Document::origin));
    Document first = all.get(0);
    String key = NewsDeduplicator.textKey(first);
    List<Document> same = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    for (Document d : all) {
      if (NewsDeduplicator.textKey(d).equals(key)) {
        same.add(d);
      } else {
        rejects.add(
            new Reject(
                input(d.origin()),
                d.docId(),
                "dedupe",
                "same doc_id as " + first.origin() + " but a different text; that copy is kept",
                d.text()));
      }
    }
    Document kept = first.source() == Source.NEWS ? NewsDeduplicator.mergeGroup(same) : first;
    return new Tuple2<>(kept, rejects);
  }

  private static String input(String origin) {
    int hash = origin.indexOf('#');
    return hash < 0 ? origin : origin.substring(0, hash);
  }
}
