package org.concerntracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.concerntracker.TestData;
import org.concerntracker.evaluate.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stance floor the build enforces: the pipeline on the project's labelled sets (invented
 * speeches and articles in the real formats, labelled by hand; see each set's README), scored as
 * {@code evaluate} scores. {@code dev} was tuned on; {@code test} and {@code holdout} were written
 * by annotators who did not see the rules, and were scored before being looked at.
 */
class LabelledSetTest {

  private static final List<String> SETS = List.of("dev", "test", "holdout");

  @TempDir Path dir;

  private Scorer.Result run(String set) throws Exception {
    Path root = TestData.repo().resolve("src/test/resources/labelled").resolve(set);
    String out = dir.resolve(set).toString();
    PipelineJob.run(
        new PipelineJob.Options(
            List.of(root.resolve("hansard").toString()),
            List.of(root.resolve("news").toString()),
            TestData.sample("members/people.json").toString(),
            out,
            null,
            null,
            0));
    return EvaluateJob.run(SharedSpark.get(), out, root.resolve("gold.jsonl")).result();
  }

  @Test
  void meetsThePrecisionAndRecallFloorsOnTheLabelledSets() throws Exception {
    int hits = 0;
    int falseHits = 0;
    int misses = 0;
    for (String set : SETS) {
      Scorer.Result r = run(set);
      System.out.printf(
          "labelled set %-8s precision %.3f recall %.3f F1 %.3f (hits %d, false hits %d, misses %d)%n",
          set,
          r.precision(),
          r.recall(),
          r.f1(),
          r.hits(),
          r.falseHits().size(),
          r.misses().size());
      assertThat(r.f1()).as("F1 on the %s set", set).isGreaterThanOrEqualTo(0.82);
      hits += r.hits();
      falseHits += r.falseHits().size();
      misses += r.misses().size();
    }
    double precision = (double) hits / (hits + falseHits);
    double recall = (double) hits / (hits + misses);
    System.out.printf("labelled sets together: precision %.3f recall %.3f%n", precision, recall);
    assertThat(precision).as("precision over all labelled sets").isGreaterThanOrEqualTo(0.90);
    assertThat(recall).as("recall over all labelled sets").isGreaterThanOrEqualTo(0.85);
  }
}
