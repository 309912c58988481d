package org.concerntracker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jobs/ct COMMAND}: the command-line entry point. */
@Command(
    name = "ct",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Concern Tracker: which MPs and peers raise surveillance concerns about which platforms.",
    subcommands = {
      PipelineCommand.class,
      QueryCommand.class,
      ExplainCommand.class,
      EvaluateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command and returns its exit status (0 ok, 1 failure, 2 usage error). */
  public static int execute(String... args) {
    return execute(
        new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
  }

  /** As {@link #execute(String...)}, writing to the given streams. */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          Throwable cause = e;
          if (e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException) {
            cmd.getErr().println("ct " + cmd.getCommandName() + ": " + e.getMessage());
            return 2;
          }
          cmd.getErr().println("ct " + cmd.getCommandName() + ": " + cause);
          if (System.getenv("CT_DEBUG") != null) {
            cause.printStackTrace(cmd.getErr());
          }
          return 1;
        });
    return cli.execute(args);
  }
}
