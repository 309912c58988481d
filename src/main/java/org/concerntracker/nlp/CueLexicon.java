package org.concerntracker.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stance cue lexicon ({@code stance-cues.tsv}): lemma phrases with a category and a weight.
 * Finding cues in a sentence is plain matching of lower-cased lemmas (or words) token by token; a
 * trailing {@code *} matches any ending.
 */
public final class CueLexicon implements Serializable {

  /** What a cue signals (see the resource file's header). */
  public enum Category {
    CONCERN,
    RESTRICT,
    REASSURE,
    NEGATOR,
    HEDGE,
    OFFTOPIC,
    PERSONAL,
    DISTANCE,
    DISBELIEF,
    REPORT
  }

  /** One lexicon entry. */
  public record Cue(String phrase, List<String> tokens, Category category, double weight)
      implements Serializable {}

  /** A cue found in a sentence: tokens [first, last]. */
  public record CueHit(Cue cue, int first, int last) {

    public String label() {
      return cue.category().name().toLowerCase(Locale.ROOT) + ":" + cue.phrase();
    }
  }

  private static final String RESOURCE = "/org/concerntracker/nlp/stance-cues.tsv";

  private final List<Cue> cues;

  private CueLexicon(List<Cue> cues) {
    this.cues = cues;
  }

  public static CueLexicon builtIn() {
    try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("cue lexicon resource missing: " + RESOURCE);
      }
      return parse(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  static CueLexicon parse(InputStream in) throws IOException {
    List<Cue> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 3) {
        throw new IOException(RESOURCE + " line " + n + ": expected cue, category, weight");
      }
      String phrase = f[0].strip().toLowerCase(Locale.ROOT);
      out.add(
          new Cue(
              phrase,
              List.of(phrase.split("\\s+")),
              Category.valueOf(f[1].strip().toUpperCase(Locale.ROOT)),
              Double.parseDouble(f[2].strip())));
    }
    return new CueLexicon(out);
  }

  /** Every cue occurrence in the sentence (overlapping cues of different categories all count). */
  public List<CueHit> find(ParsedSentence s) {
    List<CueHit> hits = new ArrayList<>();
    List<ParsedSentence.Token> toks = s.tokens();
    for (int i = 0; i < toks.size(); i++) {
      for (Cue c : cues) {
        int len = c.tokens().size();
        if (i + len > toks.size()) {
          continue;
        }
        boolean ok = true;
        for (int k = 0; k < len && ok; k++) {
          ok = matches(c.tokens().get(k), toks.get(i + k));
        }
        if (ok) {
          hits.add(new CueHit(c, i, i + len - 1));
        }
      }
    }
    return dropContained(hits);
  }

  /**
   * A longer cue of the same category hides the shorter ones inside it ("national security"), and
   * of two cues on the same tokens ("data collection" by word, "datum collection" by lemma) one
   * counts.
   */
  private static List<CueHit> dropContained(List<CueHit> hits) {
    List<CueHit> out = new ArrayList<>();
    for (CueHit h : hits) {
      boolean inside = false;
      for (CueHit o : hits) {
        if (o != h
            && o.cue().category() == h.cue().category()
            && o.first() <= h.first()
            && o.last() >= h.last()
            && (o.last() - o.first()) > (h.last() - h.first())) {
          inside = true;
          break;
        }
      }
      boolean twin =
          out.stream()
              .anyMatch(
                  o ->
                      o.cue().category() == h.cue().category()
                          && o.first() == h.first()
                          && o.last() == h.last());
      if (!inside && !twin) {
        out.add(h);
      }
    }
    return out;
  }

  private static boolean matches(String pattern, ParsedSentence.Token t) {
    String lemma = t.lower();
    String word = t.word().toLowerCase(Locale.ROOT);
    if (pattern.endsWith("*")) {
      String stem = pattern.substring(0, pattern.length() - 1);
      return lemma.startsWith(stem) || word.startsWith(stem);
    }
    return pattern.equals(lemma) || pattern.equals(word);
  }

  public List<Cue> cues() {
    return cues;
  }
}
