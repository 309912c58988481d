package org.concerntracker.nlp;

import java.util.List;
import java.util.Set;
import org.concerntracker.nlp.CueLexicon.Category;
import org.concerntracker.nlp.CueLexicon.CueHit;

/**
 * Whether a cue is negated, from the dependency parse: a negator attached to the cue or to the
 * predicate it belongs to ("TikTok is not safe"), or to a word above it whose complement holds it
 * ("I do not think the app is safe", "there is no evidence that TikTok shares data"). Negated
 * permission ("we must not allow TikTok to harvest our data") does not flip the worry it governs,
 * and a negated qualifier does not negate its noun ("not a hypothetical risk" is a risk).
 */
final class Negation {

  /** Relations through which a negation above reaches down to a cue (not to a subject). */
  private static final Set<String> SCOPE =
      Set.of("ccomp", "xcomp", "acl", "obj", "csubj", "amod", "compound", "cop");

  private static final Set<String> PERMISSION =
      Set.of("allow", "let", "permit", "tolerate", "accept", "want", "afford", "risk", "wait");

  private static final Set<String> QUALIFIERS =
      Set.of(
          "hypothetical",
          "theoretical",
          "imaginary",
          "abstract",
          "remote",
          "distant",
          "small",
          "minor",
          "trivial",
          "mere",
          "just",
          "only",
          "merely",
          "idle",
          "far-fetched");

  private static final Set<String> EVIDENCE_NOUNS =
      Set.of("evidence", "proof", "sign", "suggestion", "indication", "reason", "to", "suggests");

  private static final Set<String> DENIALS =
      Set.of("no", "not", "n't", "never", "nobody", "without", "nothing", "none", "neither");

  private static final Set<String> BELIEF_VERBS =
      Set.of(
          "think",
          "believe",
          "accept",
          "agree",
          "imagine",
          "buy",
          "say",
          "claim",
          "pretend",
          "see",
          "persuade",
          "persuaded",
          "convince",
          "convinced",
          "satisfied",
          "sure");

  private static final Set<String> AUXILIARIES =
      Set.of("be", "do", "have", "will", "would", "should", "can", "could", "may", "must", "shall");

  private static final java.util.regex.Pattern NOT_LIGHTLY =
      java.util.regex.Pattern.compile(
          "\\b(?:on a whim|lightly|for nothing|for no reason|without (?:good )?reason|by accident)\\b");

  private Negation() {}

  static boolean negated(ParsedSentence s, CueHit h, List<CueHit> hits) {
    String first = h.cue().tokens().get(0);
    if (first.equals("no") || first.equals("nothing") || first.equals("not")) {
      return false; // the cue is itself a negative form ("no evidence", "not safe")
    }
    if (afterNoEvidence(s, h.first()) || afterDeniedBelief(s, h.first())) {
      return true;
    }
    if (NOT_LIGHTLY.matcher(s.text()).find()) {
      return false; // "the Americans did not sanction DJI on a whim": the manner is denied
    }
    for (CueHit n : hits) {
      if (n.cue().category() != Category.NEGATOR
          || n.first() >= h.first() && n.last() <= h.last()) {
        continue;
      }
      if (qualifierBetween(s, n.last(), h.first()) || rhetorical(s, n.first())) {
        continue;
      }
      for (int t = h.first(); t <= h.last(); t++) {
        if (governs(s, t, n.first()) || governs(s, predicateOf(s, t), n.first())) {
          return true;
        }
        if (negatedSubject(s, t, n.first())) {
          return true;
        }
        if (negatedAbove(s, t, n.first())) {
          return true;
        }
      }
      if (n.last() < h.first()
          && h.first() - n.last() <= 2
          && noClauseBreak(s, n.last(), h.first())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "We have seen no evidence that ... sent footage to the Chinese state": everything after a
   * negative-existential phrase, up to a contrast ("but", "however", ";"), is in its scope. Linear,
   * because parsers often attach such long complements wrongly.
   */
  private static boolean afterNoEvidence(ParsedSentence s, int cue) {
    List<ParsedSentence.Token> t = s.tokens();
    for (int e = 0; e < cue; e++) {
      if (!EVIDENCE_NOUNS.contains(t.get(e).lower()) || t.get(e).lower().equals("to")) {
        continue;
      }
      if (!deniedEvidence(t, e)) {
        continue;
      }
      for (int k = e + 1; k < cue; k++) {
        String w = t.get(k).lower();
        if (w.equals("but") || w.equals("however") || w.equals(";") || w.equals("yet")) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The evidence noun at {@code e} is denied: "no evidence", "not aware of any evidence", "yet to
   * see a shred of evidence", "nothing to suggest", "nobody has produced evidence", or, later in
   * the sentence, "... evidence that X, and I have yet to be shown any".
   */
  private static boolean deniedEvidence(List<ParsedSentence.Token> t, int e) {
    for (int k = Math.max(0, e - 6); k < e; k++) {
      String w = t.get(k).lower();
      if (DENIALS.contains(w)
          || w.equals("yet") && k + 1 < e && t.get(k + 1).lower().equals("to")) {
        return true;
      }
    }
    for (int k = e + 1; k + 1 < t.size(); k++) {
      String w = t.get(k).lower();
      if (w.equals("yet") && t.get(k + 1).lower().equals("to")
          || w.equals("none")
          || (w.equals("never") || w.equals("not")) && later(t, k, "any")) {
        return true;
      }
    }
    return false;
  }

  private static boolean later(List<ParsedSentence.Token> t, int from, String word) {
    for (int k = from + 1; k < Math.min(t.size(), from + 6); k++) {
      if (t.get(k).lower().equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean evidenceWithin(List<ParsedSentence.Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (EVIDENCE_NOUNS.contains(t.get(k).lower()) && !t.get(k).lower().equals("to")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "I don't think anyone could honestly say that the app is safe": what follows a negated verb of
   * thinking or saying, up to a contrast, is negated with it.
   */
  private static boolean afterDeniedBelief(ParsedSentence s, int cue) {
    List<ParsedSentence.Token> t = s.tokens();
    for (int i = 0; i + 1 < cue; i++) {
      String w = t.get(i).lower();
      if (!(w.equals("not") || w.equals("never") || w.equals("n't"))) {
        continue;
      }
      int verb = -1;
      for (int k = i + 1; k <= Math.min(i + 2, cue - 1); k++) {
        if (BELIEF_VERBS.contains(t.get(k).lower())) {
          verb = k;
        }
      }
      if (verb < 0) {
        continue;
      }
      for (int k = verb + 1; k < cue; k++) {
        String x = t.get(k).lower();
        if (x.equals("but") || x.equals("however") || x.equals(";") || x.equals("yet")) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** True if a word above {@code t}, reached through complement relations, carries the negator. */
  private static boolean negatedAbove(ParsedSentence s, int t, int negator) {
    int x = t;
    for (int depth = 0; depth < 5; depth++) {
      ParsedSentence.Edge h = s.head(x);
      if (h == null || !inScope(h.relation())) {
        return false;
      }
      x = h.governor();
      if (governs(s, x, negator)) {
        return !PERMISSION.contains(s.tokens().get(x).lower());
      }
    }
    return false;
  }

  /** "Not even the company itself can read them": the negation sits on the verb's subject. */
  private static boolean negatedSubject(ParsedSentence s, int t, int negator) {
    int verb = s.tokens().get(t).pos().startsWith("VB") ? t : predicateOf(s, t);
    if (verb < 0) {
      return false;
    }
    for (ParsedSentence.Edge e : s.children(verb)) {
      if (e.relation().startsWith("nsubj") && governs(s, e.dependent(), negator)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inScope(String relation) {
    int colon = relation.indexOf(':');
    String base = colon < 0 ? relation : relation.substring(0, colon);
    return SCOPE.contains(base) && !relation.equals("nsubj:pass")
        || relation.startsWith("nmod") && !relation.startsWith("nmod:poss");
  }

  /**
   * "Is it not extraordinary that ...?", "Does the Minister not agree ...?": the "not" of a
   * question's opening expects the answer yes; it negates nothing.
   */
  static boolean rhetorical(ParsedSentence s, int negator) {
    if (!s.isQuestion() || negator > 5) {
      return false;
    }
    for (int i = 0; i < negator; i++) {
      if (AUXILIARIES.contains(s.tokens().get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean qualifierBetween(ParsedSentence s, int from, int to) {
    for (int i = from + 1; i < to && i < s.tokens().size(); i++) {
      if (QUALIFIERS.contains(s.tokens().get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  static boolean governs(ParsedSentence s, int gov, int dep) {
    if (gov < 0) {
      return false;
    }
    for (ParsedSentence.Edge e : s.children(gov)) {
      if (e.dependent() == dep) {
        return true;
      }
    }
    return false;
  }

  /** The predicate a word belongs to as adjective, object or compound; -1 if none. */
  private static int predicateOf(ParsedSentence s, int t) {
    ParsedSentence.Edge h = s.head(t);
    if (h == null) {
      return -1;
    }
    String rel = h.relation();
    if (rel.startsWith("amod") || rel.startsWith("obj") || rel.startsWith("compound")) {
      return h.governor();
    }
    return -1;
  }

  private static boolean noClauseBreak(ParsedSentence s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String w = s.tokens().get(i).word();
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equalsIgnoreCase("but")) {
        return false;
      }
    }
    return true;
  }
}
