package org.concerntracker.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.spark.ExplainJob;
import org.concerntracker.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code explain}: the evidence timeline behind one member's figures. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Prints one member's evidence, oldest first: date, source, stance, platform, the sentence,",
      "and where it came from. --mp takes a person id (uk.org.publicwhip/person/N or N) or a name."
    })
public final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Pipeline output directory")
  String out;

  @Option(names = "--mp", required = true, paramLabel = "NAME_OR_ID", description = "The member")
  String mp;

  @Option(names = "--platform", paramLabel = "NAME", description = "Only this platform")
  String platform;

  @Option(
      names = "--all",
      description = "Include neutral mentions (default: concern and reassurance only)")
  boolean all;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*])")
  String master;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.getOrCreate(master, "concern-tracker explain");
    PrintWriter w = spec.commandLine().getOut();
    List<ExplainJob.Person> people = ExplainJob.find(spark, out, mp);
    if (people.isEmpty()) {
      throw new IllegalArgumentException(
          "--mp " + mp + ": no member of that name or id in the evidence");
    }
    if (people.size() > 1) {
      StringBuilder b =
          new StringBuilder("--mp " + mp + " matches " + people.size() + " members; give an id:");
      people.forEach(p -> b.append("\n  ").append(p.personId()).append("  ").append(p.name()));
      throw new IllegalArgumentException(b.toString());
    }
    ExplainJob.print(spark, people.get(0), platform, all, w);
    w.flush();
    return 0;
  }
}
