package org.concerntracker.members;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Name normalisation shared by every lookup: accents, case, punctuation, honorifics and post-
 * nominals removed, so "The Rt. Hon. Sir Iain Duncan Smith MP" and "Iain Duncan-Smith" compare
 * equal word by word.
 */
public final class Names {

  /** Prefixes a printed personal name may carry ("Mr", "Dr", "Sir", "rt. hon."). */
  static final Set<String> HONORIFICS =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "dr",
          "sir",
          "dame",
          "lady",
          "the",
          "rt",
          "right",
          "hon",
          "honourable",
          "prof",
          "professor",
          "rev",
          "revd",
          "reverend",
          "mister");

  /** Peerage ranks: a name starting with one is a title, not forenames. */
  static final Set<String> PEER_TITLES =
      Set.of(
          "lord",
          "baroness",
          "baron",
          "viscount",
          "viscountess",
          "earl",
          "countess",
          "marquess",
          "marquis",
          "marchioness",
          "duke",
          "duchess",
          "bishop",
          "archbishop");

  /** Post-nominals and generational suffixes ("MP", "QC", "Jnr"). */
  static final Set<String> SUFFIXES =
      Set.of(
          "mp", "qc", "kc", "jnr", "jr", "snr", "sr", "obe", "cbe", "mbe", "kbe", "dbe", "pc",
          "msp", "mla");

  private Names() {}

  /** Whether {@code word} is a post-nominal a printed name may end with ("MP", "QC", "OBE"). */
  public static boolean isPostNominal(String word) {
    return SUFFIXES.contains(fold(word));
  }

  /**
   * Lower case, accents and punctuation removed, spaces collapsed: "Dr. Liam Fox" → "dr liam fox";
   * hyphens become spaces ("Clifton-Brown" → "clifton brown").
   */
  public static String fold(String name) {
    if (name == null) {
      return "";
    }
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    n = n.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    n =
        n.replaceAll("'s\\b", "")
            .replaceAll("[^a-z' -]+", " ")
            .replaceAll("(^|\\s)'|'(\\s|$)", " ");
    return n.replaceAll("[\\s-]+", " ").strip();
  }

  /** The words of {@link #fold(String)}. */
  public static List<String> words(String name) {
    String f = fold(name);
    return f.isEmpty() ? List.of() : Arrays.asList(f.split(" "));
  }

  /**
   * The personal-name words with leading honorifics and trailing post-nominals dropped: "The Rt.
   * Hon. Sir Iain Duncan Smith MP" → [iain, duncan, smith]. Peerage ranks are kept (they are not
   * forenames): use {@link #key(String)} to compare names regardless of them.
   */
  public static List<String> personalWords(String name) {
    List<String> w = new ArrayList<>(words(name));
    while (!w.isEmpty() && HONORIFICS.contains(w.get(0))) {
      w.remove(0);
    }
    while (w.size() > 1 && SUFFIXES.contains(w.get(w.size() - 1))) {
      w.remove(w.size() - 1);
    }
    return w;
  }

  /**
   * {@link #fold(String)} with honorifics, peerage ranks and post-nominals dropped wherever they
   * stand: "Sir Iain Duncan Smith" → "iain duncan smith".
   */
  public static String key(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : words(name)) {
      if (!HONORIFICS.contains(w) && !PEER_TITLES.contains(w) && !SUFFIXES.contains(w)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(w);
      }
    }
    return out.toString();
  }

  /**
   * Constituency names compared loosely: "Islington South &amp; Finsbury" = "Islington South and
   * Finsbury".
   */
  public static String placeKey(String place) {
    return fold(place == null ? null : place.replace("&", " and ")).replace("'", "");
  }
}
