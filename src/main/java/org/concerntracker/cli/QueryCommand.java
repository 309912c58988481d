package org.concerntracker.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.concerntracker.query.QueryEngine;
import org.concerntracker.query.QueryResult;
import org.concerntracker.query.ResultPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query}: SQL over the output tables, each registered under its table name. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Runs SQL over the output tables (documents, mentions, evidence,",
      "mp_platform_month, platform_month, rejects, runs) and prints the result.",
      "A local directory is read with DuckDB (its SQL; answers in a second or two),",
      "cluster paths (hdfs://, s3a://) with Spark SQL.",
      "Example: jobs/ct query --out output \"SELECT name, platform, sum(concern)",
      "  AS concern FROM mp_platform_month GROUP BY 1, 2 ORDER BY 3 DESC\""
    })
public final class QueryCommand implements Callable<Integer> {

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
      paramLabel = "FORMAT",
      description = "table (aligned, default), csv or json (one object per line)")
  ResultPrinter.Format format;

  @Option(
      names = "--limit",
      defaultValue = "1000",
      paramLabel = "N",
      description = "Most rows printed (default ${DEFAULT-VALUE}; 0 for all)")
  int limit;

  @Option(
      names = "--width",
      defaultValue = "80",
      paramLabel = "N",
      description =
          "Longest table cell before it is cut with … (default ${DEFAULT-VALUE}; 0 for no limit;"
              + " csv and json are never cut)")
  int width;

  @picocli.CommandLine.Mixin EngineOptions engine = new EngineOptions();

  @Parameters(paramLabel = "SQL", description = "The query")
  String sql;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit " + limit + ": give 0 (all) or more");
    }
    try (QueryEngine e = engine.open(out, "concern-tracker query")) {
      QueryResult result;
      try {
        result = e.query(sql, limit);
      } catch (QueryEngine.BadSqlException bad) {
        throw new IllegalArgumentException(
            "bad SQL ("
                + e.name()
                + "): "
                + bad.getMessage().replace("\n", "\n  ")
                + "\n  tables: "
                + String.join(", ", e.tables())
                + "\n  columns of a table: jobs/ct query --out "
                + out
                + " \"DESCRIBE evidence\"",
            bad);
      }
      PrintWriter w = spec.commandLine().getOut();
      ResultPrinter.print(result, format, width, w);
      w.flush();
      if (result.truncated() && format != ResultPrinter.Format.table) {
        spec.commandLine()
            .getErr()
            .println("ct query: output cut at " + limit + " rows (--limit 0 for all)");
      }
    }
    return 0;
  }
}
