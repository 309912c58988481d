package org.concerntracker.model;

import java.io.Serializable;

/**
 * An input record that could not be used: one row of the {@code rejects} table.
 *
 * @param input the file (or other input) it came from, as given by the user
 * @param record which record inside that input (a speech id, a line number, a WARC record id), or
 *     null when the whole input was unusable
 * @param stage the stage that rejected it (e.g. {@code ingest}, {@code resolve}, {@code annotate})
 * @param reason a one-line, human-readable reason
 * @param excerpt the start of the offending record, for finding it again (never more than {@link
 *     #MAX_EXCERPT} characters)
 */
public record Reject(String input, String record, String stage, String reason, String excerpt)
    implements Serializable {

  public static final int MAX_EXCERPT = 300;

  public Reject {
    excerpt = clip(excerpt);
    reason = reason == null ? "unknown" : reason;
  }

  /** Shortens text to at most {@link #MAX_EXCERPT} characters, on one line. */
  public static String clip(String text) {
    if (text == null) {
      return null;
    }
    String oneLine = text.replaceAll("[\\r\\n\\t]+", " ").strip();
    return oneLine.length() <= MAX_EXCERPT ? oneLine : oneLine.substring(0, MAX_EXCERPT - 1) + "…";
  }
}
