package org.concerntracker.spark;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.concerntracker.model.Attribution;
import org.concerntracker.model.Document;
import org.concerntracker.model.Evidence;
import org.concerntracker.model.Mention;
import org.concerntracker.model.Reject;
import org.concerntracker.model.Source;
import org.concerntracker.model.Stance;

/**
 * Rows of the output tables back into model records: the inverse of {@link Tables}'s {@code row}
 * methods, so that an incremental run can take a previous version's rows as they were made. A
 * record turned into a row and back is equal to itself (a test keeps it so).
 */
final class TableRows {

  private TableRows() {}

  static Document document(Row r) {
    return new Document(
        r.getAs("doc_id"),
        Source.fromCode(r.getAs("source")),
        date(r, "date"),
        r.getAs("title"),
        r.getAs("url"),
        list(r, "urls"),
        r.getAs("origin"),
        r.getAs("speaker"),
        r.getAs("speaker_ref"),
        r.getAs("speaker_office"),
        r.getAs("person_id"),
        r.getAs("party"),
        r.getAs("house"),
        r.getAs("publisher"),
        r.getAs("text"),
        r.getAs("resolution"));
  }

  static Mention mention(Row r) {
    return new Mention(
        r.getAs("doc_id"),
        r.<Integer>getAs("sentence_index"),
        r.getAs("text"),
        r.getAs("type"),
        r.<Integer>getAs("begin"),
        r.<Integer>getAs("end"),
        r.getAs("person_id"),
        r.getAs("platform"));
  }

  static Evidence evidence(Row r) {
    return new Evidence(
        r.getAs("evidence_id"),
        r.getAs("doc_id"),
        Source.fromCode(r.getAs("source")),
        date(r, "date"),
        r.getAs("person_id"),
        r.getAs("name"),
        r.getAs("party"),
        r.getAs("platform"),
        Stance.fromCode(r.getAs("stance")),
        Attribution.fromCode(r.getAs("attribution")),
        r.<Double>getAs("confidence"),
        r.getAs("sentence"),
        list(r, "cues"),
        r.<Integer>getAs("sentence_index"),
        r.getAs("url"));
  }

  static Reject reject(Row r) {
    return new Reject(
        r.getAs("input"),
        r.getAs("record"),
        r.getAs("stage"),
        r.getAs("reason"),
        r.getAs("excerpt"));
  }

  /**
   * Dates are java.time values in rows (spark.sql.datetime.java8API.enabled, see SparkSessions).
   */
  private static LocalDate date(Row r, String field) {
    Object v = r.getAs(field);
    return v == null ? null : v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
  }

  private static List<String> list(Row r, String field) {
    int i = r.fieldIndex(field);
    return r.isNullAt(i) ? List.of() : r.getList(i);
  }
}
