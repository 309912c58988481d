package org.concerntracker.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concerntracker.model.Mention;

/** Entity mentions of one parsed sentence: NER runs, platforms, and members linked to their ids. */
final class Mentions {

  private static final Set<String> KEPT_TYPES =
      Set.of("PERSON", "ORGANIZATION", "PLATFORM", "LOCATION", "MISC", "COUNTRY", "NATIONALITY");
  private static final Set<String> REFERRING_NOUNS =
      Set.of(
          "app",
          "apps",
          "application",
          "platform",
          "company",
          "firm",
          "group",
          "service",
          "network",
          "giant",
          "technology",
          "software",
          "equipment",
          "kit",
          "vendor",
          "supplier");

  private Mentions() {}

  static List<Mention> of(
      String docId,
      ParsedSentence s,
      List<PlatformMatcher.Hit> hits,
      List<String> carried,
      List<MemberLinker.Link> links) {
    List<Mention> out = new ArrayList<>();
    List<ParsedSentence.Token> t = s.tokens();
    int end = s.begin() + s.text().length();
    // Platforms: from the filter's hits, so aliases map to the canonical name.
    for (PlatformMatcher.Hit h : hits) {
      if (h.begin() >= s.begin() && h.begin() < end) {
        out.add(
            new Mention(
                docId, s.index(), h.surface(), "PLATFORM", h.begin(), h.end(), null, h.platform()));
      }
    }
    for (String platform : carried) {
      List<Integer> ref = referringTokens(s);
      if (!ref.isEmpty()) {
        // The first reference: its run of consecutive tokens ("the app").
        int last = 0;
        while (last + 1 < ref.size() && ref.get(last + 1) == ref.get(last) + 1) {
          last++;
        }
        int b = t.get(ref.get(0)).begin();
        int e = t.get(ref.get(last)).end();
        out.add(
            new Mention(
                docId, s.index(), text(s, b, e), "PLATFORM_REFERENCE", b, e, null, platform));
      }
    }
    // Other entities: runs of one NER type.
    int i = 0;
    while (i < t.size()) {
      String type = t.get(i).ner();
      int j = i;
      while (j + 1 < t.size() && t.get(j + 1).ner().equals(type)) {
        j++;
      }
      if (KEPT_TYPES.contains(type) && !type.equals("PLATFORM")) {
        int b = t.get(i).begin();
        int e = t.get(j).end();
        String personId = type.equals("PERSON") ? linked(links, b, e) : null;
        out.add(new Mention(docId, s.index(), text(s, b, e), type, b, e, personId, null));
      }
      i = j + 1;
    }
    // Members the linker found that NER missed or typed otherwise.
    for (MemberLinker.Link l : links) {
      if (l.begin() >= s.begin()
          && l.end() <= end
          && out.stream()
              .noneMatch(
                  m ->
                      l.personId().equals(m.personId())
                          && m.begin() <= l.begin()
                          && m.end() >= l.end() - 1)) {
        out.add(
            new Mention(
                docId, s.index(), l.surface(), "PERSON", l.begin(), l.end(), l.personId(), null));
      }
    }
    return out;
  }

  private static String linked(List<MemberLinker.Link> links, int b, int e) {
    for (MemberLinker.Link l : links) {
      if (l.begin() < e && l.end() > b) {
        return l.personId();
      }
    }
    return null;
  }

  private static String text(ParsedSentence s, int b, int e) {
    return s.text().substring(b - s.begin(), e - s.begin());
  }

  /**
   * The tokens that refer back to a platform: "the app", "this company", a non-expletive "it" or
   * "its", a demonstrative subject ("This would be a grave mistake"). All of them, so that a cue is
   * measured from the nearest.
   */
  static List<Integer> referringTokens(ParsedSentence s) {
    List<ParsedSentence.Token> t = s.tokens();
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (REFERRING_NOUNS.contains(t.get(i).lower()) && t.get(i).pos().startsWith("NN")) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
          if (t.get(k).lower().matches("the|this|that|these|those")) {
            for (int x = k; x <= i; x++) {
              out.add(x);
            }
            break;
          }
        }
      }
    }
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).word().toLowerCase(java.util.Locale.ROOT);
      if ((w.equals("it") || w.equals("its")) && !expletive(s, i)) {
        out.add(i);
      }
      ParsedSentence.Edge h = s.head(i);
      if (t.get(i).lower().matches("this|that")
          && h != null
          && h.relation().startsWith("nsubj")
          && s.children(i).isEmpty()) {
        out.add(i);
      }
    }
    return out;
  }

  /** "It is clear that ...", "it is time to ...": an "it" that refers to nothing. */
  private static boolean expletive(ParsedSentence s, int i) {
    List<ParsedSentence.Token> t = s.tokens();
    if (i + 2 < t.size() && t.get(i + 1).lower().equals("be")) {
      String next = t.get(i + 2).lower();
      // "it is safe for us to return", "it is right that ...": an adjective and a clause after it.
      if (t.get(i + 2).pos().startsWith("JJ")) {
        for (int k = i + 3; k < Math.min(t.size(), i + 6); k++) {
          if (t.get(k).lower().matches("to|that|for|whether")) {
            return true;
          }
        }
      }
      if (next.matches(
          "time|clear|important|imperative|right|vital|essential|true|likely|possible|not|also|worth|crucial|necessary|obvious|fair|good|welcome|disappointing|regrettable")) {
        return true;
      }
    }
    // "make it harder for families to ...": an object "it" before an adjective and its clause.
    if (i + 2 < t.size() && t.get(i + 1).pos().startsWith("JJ")) {
      for (int k = i + 2; k < Math.min(t.size(), i + 5); k++) {
        if (t.get(k).lower().matches("to|for|that")) {
          return true;
        }
      }
    }
    ParsedSentence.Edge h = s.head(i);
    return h != null && h.relation().startsWith("expl");
  }
}
