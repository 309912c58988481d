package org.concerntracker.members;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Name normalisation shared by every lookup: accents, case, punctuation and honorifics removed. */
public final class Names {

  private static final Set<String> HONORIFICS =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "sir",
          "dame",
          "lord",
          "lady",
          "baroness",
          "baron",
          "viscount",
          "earl",
          "countess",
          "the",
          "rt",
          "hon",
          "right",
          "honourable",
          "professor",
          "prof",
          "rev",
          "reverend",
          "mp",
          "qc",
          "kc",
          "jnr",
          "snr");

  private Names() {}

  /**
   * Lower case, accents and punctuation removed, spaces collapsed: "Dr. Liam Fox" → "dr liam fox".
   */
  public static String fold(String name) {
    if (name == null) {
      return "";
    }
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    n = n.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z' -]+", " ");
    return n.replaceAll("[\\s-]+", " ").strip();
  }

  /**
   * {@link #fold(String)} with honorifics and titles dropped: "Sir Iain Duncan Smith" → "iain
   * duncan smith".
   */
  public static String key(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : fold(name).split(" ")) {
      if (!w.isEmpty() && !HONORIFICS.contains(w)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(w);
      }
    }
    return out.toString();
  }
}
