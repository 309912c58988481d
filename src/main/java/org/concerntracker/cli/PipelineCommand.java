package org.concerntracker.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.concerntracker.spark.OutputLockedException;
import org.concerntracker.spark.PipelineJob;
import org.concerntracker.spark.SummaryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pipeline}: ingest → annotate → aggregate, writing the tables under {@code --out}. */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = {
      "Reads Hansard and news, finds who raised which concern about which platform, and writes the"
          + " tables (Parquet) under --out. Re-running on the same input gives the same tables.",
      "Bad records never stop a run: they are listed in the rejects table.",
      "Output is published atomically; one run at a time may write an --out (another gets exit"
          + " status "
          + PipelineCommand.LOCKED
          + ": try again later)."
    })
public final class PipelineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--hansard",
      paramLabel = "PATH",
      description =
          "ParlParse / TheyWorkForYou XML or ParlaMint TEI: a file or a directory (repeatable)")
  List<String> hansard = new ArrayList<>();

  @Option(
      names = "--news",
      paramLabel = "PATH",
      description = "News as JSON Lines, HTML or WARC: a file or a directory (repeatable)")
  List<String> news = new ArrayList<>();

  @Option(
      names = "--members",
      paramLabel = "FILE",
      description = "Members registry: Popolo JSON in the parlparse people.json schema")
  String members;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory")
  String out;

  @Option(
      names = "--platforms",
      paramLabel = "FILE",
      description =
          "Extra platforms (TSV: name, owner, aliases, exact-case aliases) added to the built-in catalogue")
  String platforms;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default local[*], or what spark-submit set)")
  String master;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Partitions for the annotation stage (default: 4 per core of the cluster)")
  int partitions;

  @Option(
      names = "--incremental",
      description =
          "Read only the input files that are new or changed since the version under --out (by"
              + " path and checksum) and analyse only the documents that changed; the tables are"
              + " the same as a full run's over the same inputs. Reads everything, saying why,"
              + " when the members file, the platforms file or the build changed.")
  boolean incremental;

  @Option(names = "--quiet", description = "Print only the one-line result")
  boolean quiet;

  /** Exit status when another run is writing the same --out (EX_TEMPFAIL: try again later). */
  static final int LOCKED = 75;

  @Override
  public Integer call() throws Exception {
    if (hansard.isEmpty() && news.isEmpty()) {
      throw new IllegalArgumentException("nothing to read: give --hansard and/or --news");
    }
    PipelineJob.Summary s;
    try {
      s =
          PipelineJob.run(
              new PipelineJob.Options(
                  hansard, news, members, out, platforms, master, partitions, incremental));
    } catch (OutputLockedException e) {
      spec.commandLine().getErr().println("ct pipeline: " + e.getMessage());
      return LOCKED;
    }
    PrintWriter w = spec.commandLine().getOut();
    if (!quiet) {
      SummaryReport.print(w, out, s);
    }
    w.printf(
        "pipeline: run %s wrote %d documents, %d evidence rows, %d rejects to %s%s%n",
        s.runId(),
        s.counts().getOrDefault("documents", 0L),
        s.counts().getOrDefault("evidence", 0L),
        s.counts().getOrDefault("rejects", 0L),
        out,
        incremental ? " (" + s.incremental() + ")" : "");
    w.flush();
    return 0;
  }
}
