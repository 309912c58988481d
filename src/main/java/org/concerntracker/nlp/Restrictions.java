package org.concerntracker.nlp;

import java.util.Set;
import org.concerntracker.nlp.CueLexicon.CueHit;

/**
 * Tells a restriction someone else has already made ("Last week the Government removed TikTok from
 * official phones", "the US put DJI on a blacklist") from one the holder makes or calls for ("we
 * will ban it", "it should be removed", "I urge the Minister to ban it").
 */
final class Restrictions {

  private static final Set<String> FIRST_PERSON = Set.of("i", "we");
  private static final Set<String> MODALS =
      Set.of("must", "should", "need", "ought", "shall", "will", "would", "could", "can", "may");
  private static final Set<String> CALLS =
      Set.of(
          "urge",
          "call",
          "ask",
          "demand",
          "want",
          "press",
          "push",
          "propose",
          "recommend",
          "support",
          "back",
          "need",
          "announce",
          "decide",
          "plan",
          "intend",
          "agree",
          "welcome");

  private static final Set<String> REPORTING =
      Set.of(
          "ask", "say", "claim", "suggest", "tell", "argue", "wonder", "propose", "demand", "want",
          "wish", "urge", "push", "press");

  private Restrictions() {}

  /**
   * True if the restriction is someone else's: a completed act of another ("the Government removed
   * TikTok"), another's measure named as theirs ("new US sanctions on Huawei"), or something others
   * are reported to ask or say ("parents asking whether they should delete the app").
   */
  static boolean reportedFact(ParsedSentence s, CueHit restriction, StanceClassifier.Context ctx) {
    if (othersMeasure(s, restriction.first()) || underOthersReport(s, restriction.first(), ctx)) {
      return true;
    }
    int verb = verbOf(s, restriction.first());
    if (verb < 0) {
      return false;
    }
    String pos = s.tokens().get(verb).pos();
    boolean thirdParty = false;
    for (ParsedSentence.Edge e : s.children(verb)) {
      if (e.relation().startsWith("aux")
          && MODALS.contains(s.tokens().get(e.dependent()).lower())) {
        return false;
      }
    }
    int agent = agent(s, verb);
    if (agent >= 0) {
      String w = s.tokens().get(agent).lower();
      if (FIRST_PERSON.contains(w) || ctx.holderTokens().contains(agent)) {
        return false;
      }
      thirdParty = true;
    }
    // A call for it, however deep the chain of whom it asks to do what ("called on ministers to
    // order every council to remove the software").
    if (s.governors(verb, 4).stream().anyMatch(g -> CALLS.contains(s.tokens().get(g).lower()))) {
      return false;
    }
    // "While the Government have been busy banning TikTok ...": another's act, whatever the tense;
    // "TikTok was removed from official phones": a completed act with no agent named.
    return thirdParty || pos.equals("VBD") || pos.equals("VBN");
  }

  /**
   * Who does it: the verb's subject, or for a verb without one ("the Government have been busy
   * banning TikTok") the subject of the predicate it depends on. -1 if none.
   */
  private static int agent(ParsedSentence s, int verb) {
    for (int v = verb, step = 0; v >= 0 && step < 2; step++) {
      for (ParsedSentence.Edge e : s.children(v)) {
        if (e.relation().equals("nsubj")) {
          return e.dependent();
        }
      }
      ParsedSentence.Edge up = s.head(v);
      if (up == null || !(up.relation().startsWith("xcomp") || up.relation().startsWith("advcl"))) {
        return -1;
      }
      v = up.governor();
    }
    return -1;
  }

  /** "US sanctions", "the American ban", "Washington's blacklist": a measure named as another's. */
  private static boolean othersMeasure(ParsedSentence s, int token) {
    if (s.tokens().get(token).pos().startsWith("VB")) {
      return false;
    }
    for (ParsedSentence.Edge e : s.children(token)) {
      ParsedSentence.Token m = s.tokens().get(e.dependent());
      boolean modifier =
          e.relation().startsWith("amod")
              || e.relation().startsWith("compound")
              || e.relation().startsWith("nmod:poss");
      if (modifier
          && m.ner().matches("LOCATION|ORGANIZATION|MISC|COUNTRY|NATIONALITY|STATE_OR_PROVINCE")) {
        return true;
      }
    }
    return false;
  }

  /** The restriction sits under a reporting verb whose subject is someone else. */
  private static boolean underOthersReport(
      ParsedSentence s, int token, StanceClassifier.Context ctx) {
    int x = token;
    for (int step = 0; step < 4; step++) {
      ParsedSentence.Edge h = s.head(x);
      if (h == null) {
        return false;
      }
      x = h.governor();
      if (REPORTING.contains(s.tokens().get(x).lower())) {
        for (ParsedSentence.Edge e : s.children(x)) {
          if (e.relation().startsWith("nsubj")) {
            String w = s.tokens().get(e.dependent()).lower();
            return !FIRST_PERSON.contains(w) && !ctx.holderTokens().contains(e.dependent());
          }
        }
        // "parents asking whether ...": the participle's subject is the noun it modifies.
        ParsedSentence.Edge up = s.head(x);
        return up != null
            && up.relation().startsWith("acl")
            && !FIRST_PERSON.contains(s.tokens().get(up.governor()).lower());
      }
    }
    return false;
  }

  /** The verb a restriction word is, or the verb a restriction noun is the object of. */
  private static int verbOf(ParsedSentence s, int token) {
    int x = token;
    for (int step = 0; step < 3 && x >= 0; step++) {
      if (s.tokens().get(x).pos().startsWith("VB")) {
        return x;
      }
      ParsedSentence.Edge h = s.head(x);
      x = h == null ? -1 : h.governor();
    }
    return -1;
  }
}
