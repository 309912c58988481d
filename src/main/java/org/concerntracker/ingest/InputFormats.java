package org.concerntracker.ingest;

import java.util.Optional;
import java.util.regex.Pattern;
import org.concerntracker.ingest.hansard.ParlParseReader;
import org.concerntracker.ingest.hansard.ParlaMintReader;
import org.concerntracker.ingest.news.HtmlNewsReader;
import org.concerntracker.ingest.news.JsonLinesNewsReader;
import org.concerntracker.ingest.news.WarcNewsReader;

/**
 * Chooses the reader for a file from the option it was given under and its name (compression
 * suffixes ignored): ParlaMint sittings ({@code ParlaMint-GB_2022-07-21-commons.xml}) to {@link
 * ParlaMintReader}, other Hansard XML to {@link ParlParseReader}. Files that are read only as
 * companions of another (ParlaMint's {@code -meta.tsv}, its corpus root and person lists) and
 * documentation (README, LICENSE, Markdown notes) are skipped; anything else unrecognised is the
 * caller's reject.
 */
public final class InputFormats {

  /** What to do with one file. */
  public sealed interface Choice permits Read, Companion, Unsupported {}

  /** Read it with this reader. */
  public record Read(DocumentReader reader) implements Choice {}

  /** Not an input in its own right: read as part of another file, or documentation. */
  public record Companion() implements Choice {}

  /** Not a format of this kind; the reason says what was expected. */
  public record Unsupported(String reason) implements Choice {}

  private static final Pattern PARLAMINT_SITTING = Pattern.compile("_\\d{4}-\\d{2}-\\d{2}");

  private InputFormats() {}

  public static Choice choose(InputKind kind, InputFile file) {
    String name = Inputs.logicalName(file.name());
    if (documentation(name)) {
      return new Companion();
    }
    return switch (kind) {
      case HANSARD -> hansard(name);
      case NEWS -> news(name);
    };
  }

  /** A data directory's README, LICENSE or notes: not data, so neither read nor rejected. */
  private static boolean documentation(String name) {
    return name.startsWith("readme") || name.startsWith("license") || name.endsWith(".md");
  }

  private static Choice hansard(String name) {
    if (name.endsWith("-meta.tsv")) {
      return new Companion();
    }
    if (name.startsWith("parlamint") && name.endsWith(".xml")) {
      // Sittings are ParlaMint-GB_2022-07-21-commons(.ana).xml; the corpus root, listPerson,
      // listOrg and taxonomy files beside them hold no speech.
      return PARLAMINT_SITTING.matcher(name).find()
          ? new Read(new ParlaMintReader())
          : new Companion();
    }
    if (name.endsWith(".xml")) {
      return new Read(new ParlParseReader());
    }
    return new Unsupported("not a Hansard format (expected ParlParse or ParlaMint .xml)");
  }

  private static Choice news(String name) {
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return new Read(new JsonLinesNewsReader());
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return new Read(new HtmlNewsReader());
    }
    if (name.endsWith(".warc")) {
      return new Read(new WarcNewsReader());
    }
    return new Unsupported(
        "not a news format (expected .jsonl, .ndjson, .json, .html, .htm, .xhtml or .warc,"
            + " optionally .gz or .bz2)");
  }

  /** The reader for a file, if it is one this kind reads. */
  public static Optional<DocumentReader> readerFor(InputKind kind, InputFile file) {
    return choose(kind, file) instanceof Read r ? Optional.of(r.reader()) : Optional.empty();
  }
}
