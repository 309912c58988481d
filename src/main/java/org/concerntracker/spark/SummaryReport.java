package org.concerntracker.spark;

import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.query.TextTable;

/** The short, readable summary {@code pipeline} prints after a run. */
public final class SummaryReport {

  private static final int TOP = 12;

  private SummaryReport() {}

  public static void print(PrintWriter w, String out, PipelineJob.Summary s) {
    SparkSession spark = SparkSession.active();
    OutputTables.register(spark, out);
    var c = s.counts();
    Row docs =
        spark
            .sql(
                "SELECT count(*), count_if(source = 'hansard'), count_if(source = 'news'),"
                    + " count_if(person_id IS NOT NULL AND source = 'hansard') FROM documents")
            .first();
    w.printf("%nConcern Tracker — %s (run %s)%n", out, s.runId());
    w.printf(
        "  read      %d input files: %d documents (%d Hansard speeches, %d of them with a resolved"
            + " speaker; %d news articles)%n",
        c.getOrDefault("input_files", 0L),
        docs.getLong(0),
        docs.getLong(1),
        docs.getLong(3),
        docs.getLong(2));
    w.printf(
        "  nlp       %d documents name a platform, %d of them with a member who could hold a view; %d"
            + " of their %d sentences went through the full CoreNLP parse%n",
        c.getOrDefault("documents_with_platform", 0L),
        c.getOrDefault("documents_split", 0L),
        c.getOrDefault("sentences_parsed", 0L),
        c.getOrDefault("sentences_split", 0L));
    Row ev =
        spark
            .sql(
                "SELECT count(*), count_if(stance = 'concern'), count_if(stance = 'reassurance'),"
                    + " count_if(stance = 'neutral') FROM evidence")
            .first();
    w.printf(
        "  evidence  %d judgements: %d concern, %d reassurance, %d neutral%n",
        ev.getLong(0), ev.getLong(1), ev.getLong(2), ev.getLong(3));
    w.printf(
        "  rejects   %d (jobs/ct query --out %s \"SELECT * FROM rejects\")%n",
        c.getOrDefault("rejects", 0L), out);
    List<Row> top =
        spark
            .sql(
                "SELECT name, party, platform, sum(concern) AS concern, sum(reassurance) AS"
                    + " reassurance, min(first_date) AS first, max(last_date) AS last FROM"
                    + " mp_platform_month GROUP BY person_id, name, party, platform HAVING"
                    + " sum(concern) + sum(reassurance) > 0 ORDER BY concern DESC, reassurance DESC,"
                    + " name, platform LIMIT "
                    + TOP)
            .collectAsList();
    w.printf("%nWho raised concerns about which platform (documents):%n");
    if (top.isEmpty()) {
      w.println("  (no member concern or reassurance found)");
    } else {
      TextTable t =
          new TextTable(
              List.of("member", "party", "platform", "concern", "reassurance", "first", "last"));
      for (Row r : top) {
        t.add(List.of(str(r, 0), str(r, 1), str(r, 2), str(r, 3), str(r, 4), str(r, 5), str(r, 6)));
      }
      t.print(w, "  ");
    }
    w.println();
  }

  private static String str(Row r, int i) {
    return r.isNullAt(i) ? "" : String.valueOf(r.get(i));
  }
}
