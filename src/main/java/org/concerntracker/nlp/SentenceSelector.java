package org.concerntracker.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Chooses the sentences worth the heavy annotators: those naming a platform, and those just after
 * them that refer back to it ("the app", "the company", "it"), which carry the platform named
 * before.
 */
public final class SentenceSelector {

  /**
   * A sentence to parse, and the platforms it carries by reference to an earlier sentence ({@code
   * byTopic}: carried only because the article is about them).
   */
  public record Selected(int index, List<String> carried, boolean byTopic) {

    Selected(int index, String carriedPlatform) {
      this(index, carriedPlatform == null ? List.of() : List.of(carriedPlatform), false);
    }
  }

  private static final Pattern REFERS_BACK =
      Pattern.compile(
          "\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\\s+(?:[\\w-]+\\s+){0,2}?(?:app|apps|application|platform|"
              + "company|firm|group|service|network|giant|technology|software|equipment|kit|vendor|supplier|"
              + "cameras?|devices?|phones?|handsets?|drones?|products?)\\b"
              + "|\\b(?:[Ii]t|[Ii]ts)\\b"
              + "|^\\W*(?:This|That)\\s+(?:would|will|is|was|could|should|must|has|poses|means)\\b");

  /** How many sentences after a platform sentence a reference back may reach. */
  private static final int REACH = 2;

  private SentenceSelector() {}

  /**
   * @param sentenceTexts every sentence of the document, in order
   * @param platformsBySentence platforms named in each sentence (empty list if none)
   * @param paragraphOf the paragraph index of each sentence
   */
  public static List<Selected> select(
      List<String> sentenceTexts, List<List<String>> platformsBySentence, int[] paragraphOf) {
    TreeMap<Integer, Selected> out = new TreeMap<>();
    String active = null;
    int activeAt = -100;
    int namedAt = -100;
    for (int i = 0; i < sentenceTexts.size(); i++) {
      List<String> named = platformsBySentence.get(i);
      boolean inReach =
          active != null
              && i - activeAt <= REACH
              && i - namedAt <= 2 * REACH
              && paragraphOf[i] - paragraphOf[activeAt] <= 1;
      boolean refers = inReach && REFERS_BACK.matcher(sentenceTexts.get(i)).find();
      if (!named.isEmpty()) {
        // "The app poses as much threat as Huawei": a sentence naming one platform can still
        // refer back to another.
        out.put(i, new Selected(i, refers && !named.contains(active) ? active : null));
        active = named.size() == 1 ? named.get(0) : null;
        activeAt = i;
        namedAt = i;
      } else if (refers) {
        out.put(i, new Selected(i, active));
        activeAt = i;
      }
    }
    return new ArrayList<>(out.values());
  }
}
