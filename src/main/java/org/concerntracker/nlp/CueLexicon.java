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
    REPORT,
    DATA,
    STATE,
    OPPOSE,
    RHETORIC,
    ACCESS
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
  private final java.util.regex.Pattern stanceWords;

  private CueLexicon(List<Cue> cues) {
    this.cues = cues;
    StringBuilder alternatives = new StringBuilder();
    for (Cue c : cues) {
      if (c.category() == Category.CONCERN
          || c.category() == Category.REASSURE
          || c.category() == Category.RESTRICT
          || c.category() == Category.DISBELIEF) {
        String stem =
            c.phrase().endsWith("*")
                ? c.phrase().substring(0, c.phrase().length() - 1)
                : c.phrase();
        if (alternatives.length() > 0) {
          alternatives.append('|');
        }
        // Words of a phrase apart or hyphenated ("back door", "back-door"), as find() matches.
        alternatives.append(
            String.join(
                "[\\s-]+",
                java.util.Arrays.stream(stem.split(" "))
                    .map(java.util.regex.Pattern::quote)
                    .toList()));
      }
    }
    this.stanceWords = java.util.regex.Pattern.compile("\\b(?:" + alternatives + ")");
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
        int end = match(c, toks, i);
        if (end >= 0) {
          hits.add(new CueHit(c, i, end));
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

  /**
   * The last token of cue {@code c} matched from token {@code start}, or -1. Possessive markers and
   * hyphens between the cue's words are skipped: "users' data" matches "user datum", and
   * "data-harvesting" (split by the tokenizer into data, -, harvesting) "data harvesting".
   */
  private static int match(Cue c, List<ParsedSentence.Token> toks, int start) {
    int t = start;
    for (int k = 0; k < c.tokens().size(); k++) {
      while (k > 0
          && t < toks.size()
          && (toks.get(t).pos().equals("POS") || toks.get(t).pos().equals("HYPH"))) {
        t++;
      }
      if (t >= toks.size() || !matches(c.tokens().get(k), toks.get(t))) {
        return -1;
      }
      t++;
    }
    return t - 1;
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

  /**
   * A cheap test on raw text, before any parsing: does it contain a stance word (concern,
   * reassurance, restriction or disbelief) as written? Lemmas are not known yet, so inflected forms
   * are matched by the cue's stem.
   */
  public boolean mentionsStance(String text) {
    return stanceWords.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  public List<Cue> cues() {
    return cues;
  }
}
