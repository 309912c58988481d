package org.concerntracker.ingest.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.concerntracker.model.Document;

/**
 * The one place article text is normalised, so that the same article read from JSON Lines, from an
 * HTML page or from a WARC record ends up with the same {@link Document#text()}: paragraphs
 * separated by {@link Document#PARAGRAPH_BREAK}, white space inside a paragraph collapsed to single
 * spaces, no-break and zero-width characters made plain.
 */
public final class NewsText {

  /** Lines that only underline a Markdown heading or draw a rule ({@code -----}, {@code ===}). */
  private static final Pattern RULE_LINE = Pattern.compile("(?m)^[ \\t]*([-=*_])\\1{2,}[ \\t]*$");

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NewsText() {}

  /**
   * Splits a text field into paragraphs. A text that has blank lines uses them as paragraph breaks
   * (single line breaks inside are hard wraps, joined with a space); a text without any blank line
   * has one paragraph per line (as scrapers that write {@code "\n"} between paragraphs produce).
   */
  public static String fromPlainText(String raw) {
    if (raw == null) {
      return "";
    }
    String t = RULE_LINE.matcher(raw.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    String[] parts = BLANK_LINE.matcher(t).find() ? t.split("\\n[ \\t]*\\n") : t.split("\\n");
    return join(List.of(parts));
  }

  /** Joins paragraphs, each cleaned with {@link #clean(String)}; empty ones are left out. */
  public static String join(List<String> paragraphs) {
    List<String> kept = new ArrayList<>();
    for (String p : paragraphs) {
      String c = clean(p);
      if (!c.isEmpty()) {
        kept.add(c);
      }
    }
    return String.join(Document.PARAGRAPH_BREAK, kept);
  }

  /** One paragraph or field value: special spaces made plain, invisible characters dropped. */
  public static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u3000' -> out.append(' ');
        case '\u200b',
            '\u200c',
            '\u200d',
            '\u2060',
            '\ufeff',
            '\u00ad',
            '\u2066',
            '\u2067',
            '\u2068',
            '\u2069' -> {
          // invisible: formatting and soft hyphens carry no text
        }
        default -> out.append(c);
      }
    }
    return SPACES.matcher(out).replaceAll(" ").strip();
  }

  /** {@link #clean(String)}, or null when nothing is left. */
  public static String cleanOrNull(String s) {
    String c = clean(s);
    return c.isEmpty() ? null : c;
  }
}
