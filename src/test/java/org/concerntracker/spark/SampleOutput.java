package org.concerntracker.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.concerntracker.TestData;

/**
 * The pipeline's output on {@code data-samples/}, as {@code jobs/run} writes it, made once per test
 * JVM for the tests that read output (query, explain, the notebooks) and deleted when the JVM
 * exits.
 */
public final class SampleOutput {

  private static Path out;

  private SampleOutput() {}

  public static synchronized Path get() {
    if (out == null) {
      try {
        Path dir = Files.createTempDirectory("ct-sample-output");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        SharedSpark.get();
        Path o = dir.resolve("output");
        PipelineJob.run(
            new PipelineJob.Options(
                List.of(TestData.sample("hansard").toString()),
                List.of(TestData.sample("news").toString()),
                TestData.sample("members/people.json").toString(),
                o.toString(),
                null,
                null,
                0));
        out = o;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is harmless.
    }
  }
}
