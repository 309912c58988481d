package org.concerntracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.concerntracker.spark.BenchJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobs/bench}: the pipeline's speed on a sampled corpus, against bare CoreNLP. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Samples N documents from ../shared/corpus (else data-samples/) with fresh ids and dates,",
      "runs the pipeline on them, then bare CoreNLP (same annotators, one thread) over a random",
      "sample of all sentences and over the sentences the pipeline parsed, and prints rates and",
      "ratios, ending with one 'bench:' line."
    })
public final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--docs",
      paramLabel = "N",
      description = "Documents to sample (default ${DEFAULT-VALUE}: about two minutes here)")
  int docs = 20_000;

  @Option(
      names = "--sample-sentences",
      paramLabel = "K",
      description =
          "Random sentences bare CoreNLP parses to estimate its time over all (default"
              + " ${DEFAULT-VALUE})")
  int sampleSentences = 600;

  @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE})")
  long seed = 8;

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "The directory holding corpus/ (default ../shared beside the repository)")
  Path shared;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Keep the sampled input and the output here (default: a temporary directory,"
              + " removed at the end)")
  Path work;

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path repo = Path.of(System.getProperty("ct.root", ".")).toAbsolutePath().normalize();
    Path sharedDir = shared != null ? shared : repo.resolveSibling("shared");
    if (docs < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--docs must be at least 1");
    }
    PrintWriter w = spec.commandLine().getOut();
    BenchJob.Result r =
        BenchJob.run(
            new BenchJob.Options(docs, seed, sampleSentences, repo, sharedDir, work, false), w);
    w.println(r.line());
    w.flush();
    return 0;
  }
}
