package org.concerntracker.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.concerntracker.query.Explainer;
import org.concerntracker.query.QueryEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code explain}: the evidence timeline behind one member's figures. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Prints one member's figures per platform, then their evidence, oldest first:",
      "date, source, stance, platform, the sentence, and where to read it (the",
      "article's URL, or TheyWorkForYou and the Hansard id).",
      "--mp takes a person id (uk.org.publicwhip/person/N, or N) or a name, whole or",
      "part; --platform a platform's name or alias (ByteDance means TikTok)."
    })
public final class ExplainCommand implements Callable<Integer> {

  /** The choices of {@code --color}. */
  enum Color {
    auto,
    always,
    never
  }

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

  @Option(
      names = "--width",
      paramLabel = "N",
      description = "Wrap sentences to N columns (default: $COLUMNS, else 100)")
  Integer width;

  @Option(
      names = "--color",
      defaultValue = "auto",
      paramLabel = "WHEN",
      description = "auto (default: on a terminal, unless NO_COLOR is set), always or never")
  Color color;

  @picocli.CommandLine.Mixin EngineOptions engine = new EngineOptions();

  @Override
  public Integer call() {
    try (QueryEngine e = engine.open(out, "concern-tracker explain")) {
      Explainer explainer = new Explainer(e);
      Explainer.Person person = onePerson(explainer);
      String p = platform == null ? null : explainer.platform(platform);
      PrintWriter w = spec.commandLine().getOut();
      explainer.print(person, p, all, new Explainer.Style(width(), color()), w);
      w.flush();
    }
    return 0;
  }

  private Explainer.Person onePerson(Explainer explainer) {
    List<Explainer.Person> people = explainer.find(mp);
    if (people.size() == 1) {
      return people.get(0);
    }
    StringBuilder b = new StringBuilder("--mp " + mp + ": ");
    List<Explainer.Person> listed = people;
    if (people.isEmpty()) {
      listed = explainer.suggest(mp);
      b.append("no member of that name or id in the evidence");
      if (!listed.isEmpty()) {
        b.append("; did you mean:");
      }
    } else {
      b.append("matches ").append(people.size()).append(" members; give an id:");
    }
    for (Explainer.Person p : listed) {
      b.append(
          String.format(
              "%n  %-30s  %s%s, %d evidence row%s",
              p.personId(),
              p.name(),
              p.party() == null ? "" : " (" + p.party() + ")",
              p.rows(),
              p.rows() == 1 ? "" : "s"));
    }
    throw new IllegalArgumentException(b.toString());
  }

  private int width() {
    if (width != null) {
      if (width < 20) {
        throw new IllegalArgumentException("--width " + width + ": give 20 or more");
      }
      return width;
    }
    String columns = System.getenv("COLUMNS");
    return columns != null && columns.matches("\\d{2,4}") ? Integer.parseInt(columns) : 100;
  }

  private boolean color() {
    return switch (color) {
      case always -> true;
      case never -> false;
      case auto ->
          System.console() != null
              && System.getenv("NO_COLOR") == null
              && !"dumb".equals(System.getenv("TERM"));
    };
  }
}
