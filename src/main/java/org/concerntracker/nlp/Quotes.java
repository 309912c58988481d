package org.concerntracker.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations in a text: spans between matching quotation marks (“…”, "…", and ‘…’ when it
 * spans several words). A quotation left open at the end of a paragraph continues into the next
 * paragraph if that opens with a quotation mark, as newspapers print long quotes: such spans share
 * a {@code group}.
 */
public final class Quotes {

  /** A quotation's span, marks included; spans of one multi-paragraph quotation share a group. */
  public record Span(int begin, int end, int group) {

    public boolean contains(int offset) {
      return offset >= begin && offset < end;
    }
  }

  private Quotes() {}

  /** A straight single quote opens a quotation at a word's start: "'A small light ...". */
  private static boolean opensSingle(String text, int i) {
    boolean before =
        i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
    return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** A single closing mark ends a quotation only at a word's end, not inside "don't". */
  private static boolean closes(String text, int i, char closer) {
    if (closer == '"' || closer == '”') {
      return true;
    }
    return i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1));
  }

  public static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    char closer = 0;
    int group = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (c == '“' || c == '"') {
          open = i;
          closer = c == '“' ? '”' : '"';
        } else if (c == '‘' && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
          open = i;
          closer = '’';
        } else if (c == '\'' && opensSingle(text, i)) {
          open = i;
          closer = '\'';
        }
      } else if (c == closer && closes(text, i, closer)) {
        if (closer == '"' || closer == '”' || text.substring(open, i).contains(" ")) {
          spans.add(new Span(open, i + 1, group));
        }
        group++;
        open = -1;
      } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        int next = i + 2;
        if (closer != '’'
            && next < text.length()
            && (text.charAt(next) == '“'
                || text.charAt(next) == '"'
                || text.charAt(next) == '\'')) {
          spans.add(new Span(open, i, group));
          open = next;
          i = next;
        } else {
          group++;
          open = -1;
        }
      }
    }
    if (open >= 0) {
      spans.add(new Span(open, text.length(), group));
    }
    return spans;
  }
}
