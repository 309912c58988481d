package org.concerntracker.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The evidence timeline behind one member's figures, for {@code explain}. */
public final class ExplainJob {

  /** A member found in the evidence. */
  public record Person(String personId, String name, String party) {}

  private static final String PERSON_PREFIX = "uk.org.publicwhip/person/";

  private ExplainJob() {}

  /** Members whose id is {@code query}, or whose name contains it (case-insensitive). */
  public static List<Person> find(SparkSession spark, String out, String query) {
    OutputTables.register(spark, out);
    String q = query.strip();
    String id = q.matches("\\d+") ? PERSON_PREFIX + q : q;
    List<Row> rows =
        spark
            .sql(
                "SELECT person_id, max_by(name, date) AS name, max_by(party, date) AS party FROM evidence"
                    + " WHERE person_id IS NOT NULL AND (person_id = ? OR lower(name) = ?) GROUP BY person_id",
                new Object[] {id, q.toLowerCase(Locale.ROOT)})
            .collectAsList();
    if (rows.isEmpty()) {
      rows =
          spark
              .sql(
                  "SELECT person_id, max_by(name, date), max_by(party, date) FROM evidence WHERE"
                      + " person_id IS NOT NULL AND lower(name) LIKE ? GROUP BY person_id ORDER BY 2",
                  new Object[] {"%" + q.toLowerCase(Locale.ROOT) + "%"})
              .collectAsList();
    }
    List<Person> out2 = new ArrayList<>();
    for (Row r : rows) {
      out2.add(new Person(r.getString(0), r.getString(1), r.getString(2)));
    }
    return out2;
  }

  public static void print(
      SparkSession spark, Person p, String platform, boolean all, PrintWriter w) {
    String filter =
        (platform == null ? "" : " AND lower(e.platform) = lower(?)")
            + (all ? "" : " AND e.stance <> 'neutral'");
    Object[] args =
        platform == null ? new Object[] {p.personId()} : new Object[] {p.personId(), platform};
    List<Row> summary =
        spark
            .sql(
                "SELECT platform, sum(concern), sum(reassurance), sum(neutral), min(first_date),"
                    + " max(last_date) FROM mp_platform_month WHERE person_id = ?"
                    + (platform == null ? "" : " AND lower(platform) = lower(?)")
                    + " GROUP BY platform ORDER BY 2 DESC, platform",
                args)
            .collectAsList();
    w.printf("%s (%s)%s%n", p.name(), p.personId(), p.party() == null ? "" : ", " + p.party());
    for (Row s : summary) {
      w.printf(
          "  %-12s concern in %d document%s, reassurance in %d, neutral in %d  (%s to %s)%n",
          s.getString(0),
          s.getLong(1),
          s.getLong(1) == 1 ? "" : "s",
          s.getLong(2),
          s.getLong(3),
          s.get(4),
          s.get(5));
    }
    List<Row> rows =
        spark
            .sql(
                "SELECT e.date, e.source, e.stance, e.platform, e.confidence, e.sentence, e.attribution,"
                    + " e.doc_id, coalesce(e.url, d.url), d.title, e.cues FROM evidence e LEFT JOIN"
                    + " documents d ON e.doc_id = d.doc_id WHERE e.person_id = ?"
                    + filter
                    + " ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.platform",
                args)
            .collectAsList();
    if (rows.isEmpty()) {
      w.printf(
          "%n  no %sevidence%s%n",
          all ? "" : "concern or reassurance ", platform == null ? "" : " about " + platform);
      return;
    }
    w.println();
    for (Row r : rows) {
      w.printf(
          "%s  %-7s  %-11s %-10s %.2f  (%s)%n",
          r.isNullAt(0) ? "no date   " : r.get(0).toString(),
          r.getString(1),
          r.getString(2).toUpperCase(Locale.ROOT),
          r.getString(3),
          r.getDouble(4),
          r.getString(6));
      w.printf("    “%s”%n", r.getString(5).replaceAll("\\s+", " "));
      w.printf(
          "    %s%s%n",
          r.isNullAt(9) ? "" : r.getString(9) + " · ",
          where(r.getString(7), r.isNullAt(8) ? null : r.getString(8)));
    }
  }

  /** Where a sentence can be read: the URL, or the TheyWorkForYou page of a Hansard id. */
  static String where(String docId, String url) {
    if (url != null && !url.isBlank()) {
      return url;
    }
    var m =
        java.util.regex.Pattern.compile(
                "uk\\.org\\.publicwhip/(debate|westminhall|lords|wrans|wms)/(.+)")
            .matcher(docId);
    if (m.matches()) {
      String section =
          switch (m.group(1)) {
            case "debate" -> "debates";
            case "westminhall" -> "whall";
            default -> m.group(1);
          };
      return "https://www.theyworkforyou.com/"
          + section
          + "/?id="
          + m.group(2)
          + "  ["
          + docId
          + "]";
    }
    return docId;
  }
}
