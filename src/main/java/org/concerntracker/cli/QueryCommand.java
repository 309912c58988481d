package org.concerntracker.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.concerntracker.spark.OutputTables;
import org.concerntracker.spark.ResultPrinter;
import org.concerntracker.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query}: Spark SQL over the output tables, each registered under its table name. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Spark SQL over the output tables (documents, mentions, evidence, mp_platform_month,",
      "platform_month, rejects, runs) and prints the result.",
      "Example: jobs/ct query --out output \"SELECT name, platform, sum(concern) FROM mp_platform_month GROUP BY 1, 2\""
    })
public final class QueryCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format {
    table,
    csv,
    json
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Pipeline output directory")
  String out;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table (aligned, default), csv or json (one object per line)")
  Format format;

  @Option(
      names = "--limit",
      defaultValue = "1000",
      description = "Most rows printed (default 1000; 0 for all)")
  int limit;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*])")
  String master;

  @Parameters(paramLabel = "SQL", description = "The query")
  String sql;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.getOrCreate(master, "concern-tracker query");
    List<String> tables = OutputTables.register(spark, out);
    Dataset<Row> result;
    try {
      result = spark.sql(sql);
    } catch (Exception e) {
      // Spark reports bad SQL as AnalysisException / ParseException, thrown without being declared.
      throw new IllegalArgumentException(
          "bad SQL: " + firstLine(e.getMessage()) + "\n  tables: " + String.join(", ", tables));
    }
    PrintWriter w = spec.commandLine().getOut();
    ResultPrinter.print(result, format.name(), limit, w);
    w.flush();
    return 0;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
