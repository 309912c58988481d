package org.concerntracker.ingest.hansard;

import java.util.ArrayList;
import java.util.List;
import org.concerntracker.model.Document;

/**
 * Collects the text of one record as clean paragraphs: whitespace collapsed, non-breaking and
 * zero-width characters normalised, empty paragraphs dropped ({@code <p> </p>} spacers in modern
 * written answers), table cells joined with " | " within their row.
 */
final class TextBuilder {

  static final String CELL_SEPARATOR = " | ";

  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private boolean cellOpen;

  void text(String s) {
    current.append(s);
  }

  /** Ends the paragraph being built (a block element started or ended). */
  void paragraphBreak() {
    String p = clean(current.toString());
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
    current.setLength(0);
    cellOpen = false;
  }

  /** A table cell starts: separated from the previous cell of the same row. */
  void cell() {
    if (cellOpen && !clean(current.toString()).isEmpty()) {
      current.append(CELL_SEPARATOR);
    }
    cellOpen = true;
  }

  List<String> paragraphs() {
    paragraphBreak();
    return List.copyOf(paragraphs);
  }

  /** The paragraphs joined as a document's text. */
  String joined() {
    return String.join(Document.PARAGRAPH_BREAK, paragraphs());
  }

  /** Whitespace collapsed to single spaces and stripped; NBSP as a space; soft hyphens gone. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replace('\u00a0', ' ').replace("\u00ad", "").replace("\u200b", "");
    return t.replaceAll("\\s+", " ").strip();
  }
}
