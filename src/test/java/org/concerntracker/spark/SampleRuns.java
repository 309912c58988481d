package org.concerntracker.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concerntracker.TestData;

/**
 * The pipeline run once per test JVM on {@code data-samples/}, as {@code jobs/run} runs it, shared
 * by the tests that only read its output (each run loads CoreNLP and parses every sample sentence,
 * so running it once saves the suite minutes). Tests must not write under its output.
 */
final class SampleRuns {

  private static PipelineJob.Summary samples;

  private SampleRuns() {}

  static PipelineJob.Options options(String out, int partitions) {
    return new PipelineJob.Options(
        List.of(TestData.sample("hansard").toString()),
        List.of(TestData.sample("news").toString()),
        TestData.sample("members/people.json").toString(),
        out,
        null,
        null,
        partitions);
  }

  /** The shared run's summary (its output is {@code summary.out()}). */
  static synchronized PipelineJob.Summary samples() throws Exception {
    if (samples == null) {
      SharedSpark.get();
      Path dir = Files.createTempDirectory("ct-samples-");
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      OutputStore.deleteTree(dir);
                    } catch (java.io.IOException e) {
                      // a temporary directory; the system cleans it eventually
                    }
                  }));
      samples = PipelineJob.run(options(dir.resolve("output").toString(), 0));
    }
    return samples;
  }
}
