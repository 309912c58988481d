package org.concerntracker.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.evaluate.GoldFile;
import org.concerntracker.evaluate.Judgement;
import org.concerntracker.evaluate.Scorer;

/** Scores an output directory against a gold file (CONTRACT.md, "Gold files"). */
public final class EvaluateJob {

  private EvaluateJob() {}

  /** The score, plus the produced judgements behind it. */
  public record Evaluation(Scorer.Result result, List<Judgement> produced, List<Judgement> gold) {}

  public static Evaluation run(SparkSession spark, String out, Path goldFile) throws IOException {
    List<Judgement> gold = GoldFile.read(goldFile);
    OutputTables.register(spark, out);
    List<Judgement> produced = documentJudgements(spark);
    return new Evaluation(Scorer.score(produced, gold), produced, gold);
  }

  /**
   * Each member's strongest stance per document and platform, with the surest sentence behind it.
   */
  static List<Judgement> documentJudgements(SparkSession spark) {
    List<Row> rows =
        spark
            .sql(
                "SELECT doc_id, person_id, platform, stance, sentence FROM (SELECT *, row_number()"
                    + " OVER (PARTITION BY doc_id, person_id, platform ORDER BY CASE stance WHEN"
                    + " 'concern' THEN 0 WHEN 'reassurance' THEN 1 ELSE 2 END, confidence DESC,"
                    + " sentence_index) AS rn FROM evidence WHERE person_id IS NOT NULL) WHERE rn = 1"
                    + " ORDER BY doc_id, person_id, platform")
            .collectAsList();
    List<Judgement> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(
          new Judgement(
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.getString(3),
              false,
              r.getString(4)));
    }
    return out;
  }

  /**
   * What the output says about a missed judgement: its evidence sentences, or the document title.
   */
  public static List<String> context(SparkSession spark, Judgement miss) {
    List<Row> rows =
        spark
            .sql(
                "SELECT stance, sentence FROM evidence WHERE doc_id = ? AND person_id = ? AND platform"
                    + " = ? ORDER BY sentence_index",
                new Object[] {miss.docId(), miss.personId(), miss.platform()})
            .collectAsList();
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(r.getString(0) + ": " + r.getString(1));
    }
    if (out.isEmpty()) {
      List<Row> doc =
          spark
              .sql("SELECT title FROM documents WHERE doc_id = ?", new Object[] {miss.docId()})
              .collectAsList();
      out.add(
          doc.isEmpty()
              ? "document not in the output"
              : "no evidence for this member and platform in \"" + doc.get(0).getString(0) + "\"");
    }
    return out;
  }
}
