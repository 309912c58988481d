package org.concerntracker.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract's scoring: only concern and reassurance count, per document. A produced judgement is
 * a hit if the gold has it, a false hit if not (unless the gold marks it optional); a gold
 * judgement not produced is a miss (unless optional). Every produced document is scored: one with
 * no gold line should produce no concern and no reassurance.
 */
public final class Scorer {

  /** The score and what went wrong. */
  public record Result(int hits, List<Judgement> falseHits, List<Judgement> misses) {

    public double precision() {
      int produced = hits + falseHits.size();
      return produced == 0 ? 1.0 : (double) hits / produced;
    }

    public double recall() {
      int expected = hits + misses.size();
      return expected == 0 ? 1.0 : (double) hits / expected;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private Scorer() {}

  /**
   * @param produced the output's document-level judgements (one per document, person, platform: the
   *     strongest stance)
   * @param gold the gold file's lines
   */
  public static Result score(List<Judgement> produced, List<Judgement> gold) {
    Map<String, Judgement> goldByKey = new HashMap<>();
    for (Judgement g : gold) {
      goldByKey.merge(g.key(), g, (a, b) -> a.optional() ? b : a);
    }
    int hits = 0;
    List<Judgement> falseHits = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Judgement p : produced) {
      if (!p.scored() || !seen.add(p.key())) {
        continue;
      }
      Judgement g = goldByKey.get(p.key());
      if (g == null) {
        falseHits.add(p);
      } else if (!g.optional()) {
        hits++;
      }
    }
    List<Judgement> misses = new ArrayList<>();
    for (Judgement g : goldByKey.values()) {
      if (g.scored() && !g.optional() && !seen.contains(g.key())) {
        misses.add(g);
      }
    }
    misses.sort(java.util.Comparator.comparing(Judgement::key));
    falseHits.sort(java.util.Comparator.comparing(Judgement::key));
    return new Result(hits, falseHits, misses);
  }
}
