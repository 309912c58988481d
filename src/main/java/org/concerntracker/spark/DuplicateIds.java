package org.concerntracker.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.concerntracker.model.Document;
import org.concerntracker.model.Reject;
import scala.Tuple2;

/**
 * One document per doc_id: when two inputs hold the same speech or article id (a file and its
 * compressed copy, overlapping crawls), the copy from the first input path is kept and every other
 * copy becomes a reject naming where the kept one came from. Deterministic whatever the input
 * order.
 */
final class DuplicateIds {

  private DuplicateIds() {}

  static Tuple2<Document, List<Reject>> keepFirst(Iterable<Document> copies) {
    List<Document> all = new ArrayList<>();
    copies.forEach(all::add);
    all.sort(Comparator.comparing(Document::origin));
    Document kept = all.get(0);
    List<Reject> rejects = new ArrayList<>();
    for (Document d : all.subList(1, all.size())) {
      rejects.add(
          new Reject(
              input(d.origin()),
              d.docId(),
              "dedupe",
              "duplicate doc_id: the copy from " + kept.origin() + " is kept",
              d.title()));
    }
    return new Tuple2<>(kept, rejects);
  }

  private static String input(String origin) {
    int hash = origin.indexOf('#');
    return hash < 0 ? origin : origin.substring(0, hash);
  }
}
