package org.concerntracker.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.concerntracker.model.Platform;

/**
 * Finds platform names in text in one pass (Aho-Corasick over a folded alphabet), whole words only:
 * "TikTok's" matches, "TikToker" and "Djibouti" do not. Case-sensitive names ("Zoom", "Meta") match
 * only as written. This is the cheap filter that decides which text goes to CoreNLP.
 */
public final class PlatformMatcher implements Serializable {

  /** One platform name found in the text. */
  public record Hit(String platform, int begin, int end, String surface) implements Serializable {}

  // Alphabet: a-z, 0-9, space (any whitespace), '-', '.', '&', other.
  private static final int SIGMA = 41;
  private static final int OTHER = 40;

  private final int[][] next;
  private final int[] fail;
  private final List<List<int[]>> outputs; // per state: {pattern index, length}
  private final List<String> patternPlatform = new ArrayList<>();
  private final List<String> patternExact = new ArrayList<>(); // null when case-insensitive

  public PlatformMatcher(PlatformCatalog catalog) {
    List<String> patterns = new ArrayList<>();
    for (Platform p : catalog.platforms()) {
      add(patterns, p.name(), p.caseSensitiveAliases().contains(p.name()) ? p.name() : null, p);
      p.aliases().forEach(a -> add(patterns, a, null, p));
      p.caseSensitiveAliases().forEach(a -> add(patterns, a, a, p));
    }
    List<int[]> trie = new ArrayList<>();
    trie.add(newRow());
    List<List<int[]>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    for (int i = 0; i < patterns.size(); i++) {
      String pat = patterns.get(i);
      int s = 0;
      for (int k = 0; k < pat.length(); k++) {
        int c = code(pat.charAt(k));
        if (trie.get(s)[c] < 0) {
          trie.get(s)[c] = trie.size();
          trie.add(newRow());
          out.add(new ArrayList<>());
        }
        s = trie.get(s)[c];
      }
      out.get(s).add(new int[] {i, pat.length()});
    }
    this.next = trie.toArray(new int[0][]);
    this.fail = new int[next.length];
    this.outputs = out;
    buildFailureLinks();
  }

  private void add(List<String> patterns, String surface, String exact, Platform p) {
    String folded = fold(surface);
    if (folded.isEmpty()) {
      return;
    }
    patterns.add(folded);
    patternPlatform.add(p.name());
    patternExact.add(exact);
  }

  private static int[] newRow() {
    int[] row = new int[SIGMA];
    java.util.Arrays.fill(row, -1);
    return row;
  }

  private void buildFailureLinks() {
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    for (int c = 0; c < SIGMA; c++) {
      if (next[0][c] < 0) {
        next[0][c] = 0;
      } else {
        fail[next[0][c]] = 0;
        queue.add(next[0][c]);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      outputs.get(s).addAll(outputs.get(fail[s]));
      for (int c = 0; c < SIGMA; c++) {
        int t = next[s][c];
        if (t < 0) {
          next[s][c] = next[fail[s]][c];
        } else {
          fail[t] = next[fail[s]][c];
          queue.add(t);
        }
      }
    }
  }

  private static int code(char ch) {
    if (ch >= 'a' && ch <= 'z') {
      return ch - 'a';
    }
    if (ch >= 'A' && ch <= 'Z') {
      return ch - 'A';
    }
    if (ch >= '0' && ch <= '9') {
      return 26 + ch - '0';
    }
    if (Character.isWhitespace(ch) || ch == '\u00a0') {
      return 36;
    }
    return switch (ch) {
      case '-' -> 37;
      case '.' -> 38;
      case '&' -> 39;
      default -> OTHER;
    };
  }

  private static String fold(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /**
   * Every whole-word platform name in {@code text}, in order. Where names overlap, the leftmost
   * wins, then the longest ("Zoom Video Communications" rather than "Zoom").
   */
  public List<Hit> find(String text) {
    List<int[]> found = new ArrayList<>(); // {begin, end, pattern}
    if (text == null) {
      return List.of();
    }
    int s = 0;
    for (int i = 0; i < text.length(); i++) {
      s = next[s][code(text.charAt(i))];
      for (int[] o : outputs.get(s)) {
        int begin = i + 1 - o[1];
        if (wholeWord(text, begin, i + 1) && exactOk(text, begin, o)) {
          found.add(new int[] {begin, i + 1, o[0]});
        }
      }
    }
    found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<Hit> hits = new ArrayList<>();
    int lastEnd = 0;
    for (int[] f : found) {
      if (f[0] >= lastEnd) {
        hits.add(new Hit(patternPlatform.get(f[2]), f[0], f[1], text.substring(f[0], f[1])));
        lastEnd = f[1];
      }
    }
    return hits;
  }

  /** True if any platform name occurs in {@code text}. */
  public boolean any(String text) {
    return !find(text).isEmpty();
  }

  private boolean exactOk(String text, int begin, int[] o) {
    String exact = patternExact.get(o[0]);
    return exact == null || text.regionMatches(false, begin, exact, 0, exact.length());
  }

  private static boolean wholeWord(String text, int begin, int end) {
    return (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }
}
