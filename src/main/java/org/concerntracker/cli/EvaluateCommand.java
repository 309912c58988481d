package org.concerntracker.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.evaluate.Judgement;
import org.concerntracker.evaluate.Scorer;
import org.concerntracker.spark.EvaluateJob;
import org.concerntracker.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate}: precision, recall and F1 against a gold file, then each miss and false hit. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the output against a gold file (JSON Lines: doc_id, person_id, platform, stance,",
      "optional). Only concern and reassurance count, per document; see CONTRACT.md."
    })
public final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Pipeline output directory")
  String out;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "Gold file (JSON Lines)")
  Path gold;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*])")
  String master;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(gold)) {
      throw new IllegalArgumentException("--gold " + gold + ": no such file");
    }
    SparkSession spark = SparkSessions.getOrCreate(master, "concern-tracker evaluate");
    EvaluateJob.Evaluation ev = EvaluateJob.run(spark, out, gold);
    Scorer.Result r = ev.result();
    PrintWriter w = spec.commandLine().getOut();
    w.printf(
        "precision %.3f  recall %.3f  F1 %.3f  (hits %d, false hits %d, misses %d; %d gold lines)%n",
        r.precision(),
        r.recall(),
        r.f1(),
        r.hits(),
        r.falseHits().size(),
        r.misses().size(),
        ev.gold().size());
    if (!r.misses().isEmpty()) {
      w.printf("%nMisses (in the gold file, not produced):%n");
      for (Judgement m : r.misses()) {
        w.printf("  %s  %s  %s  %s%n", m.docId(), m.personId(), m.platform(), m.stance());
        for (String c : EvaluateJob.context(spark, m)) {
          w.printf("      %s%n", c);
        }
      }
    }
    if (!r.falseHits().isEmpty()) {
      w.printf("%nFalse hits (produced, not in the gold file):%n");
      for (Judgement f : r.falseHits()) {
        w.printf(
            "  %s  %s  %s  %s%n      %s%n",
            f.docId(), f.personId(), f.platform(), f.stance(), f.sentence());
      }
    }
    w.flush();
    return 0;
  }
}
