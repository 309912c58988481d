package org.concerntracker.cli;

import org.concerntracker.query.QueryEngine;
import picocli.CommandLine.Option;

/**
 * The options that choose how a command reads the output tables ({@code query}, {@code explain}).
 */
final class EngineOptions {

  @Option(
      names = "--engine",
      defaultValue = "auto",
      paramLabel = "ENGINE",
      description =
          "duckdb, spark, or auto (default): DuckDB for a local directory, Spark for other file"
              + " systems or with --master")
  Engines.Choice engine;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (implies --engine spark)")
  String master;

  /** Opens the engine these options choose over the tables under {@code out}. */
  QueryEngine open(String out, String appName) {
    return Engines.open(engine, out, master, appName);
  }
}
