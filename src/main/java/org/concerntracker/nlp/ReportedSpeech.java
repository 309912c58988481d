package org.concerntracker.nlp;

import java.util.List;
import java.util.Set;
import org.concerntracker.nlp.CueLexicon.CueHit;

/**
 * Finds views the holder reports from someone else: a reporting verb ("claims", "says", "was told")
 * with a clause below it, whose subject is neither the holder nor first person. It also says
 * whether that source has an interest in the platform (the company, its spokesperson, an embassy,
 * Beijing), whose reassurances the holder only relays, or is an authority (experts, a review, the
 * NCSC), whose findings the holder cites in support.
 */
final class ReportedSpeech {

  /**
   * A report by someone else: the verb, its subject, and whether the source is an interested party.
   */
  record Report(int verb, int subject, boolean interested) {}

  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us");
  private static final Set<String> CLAUSE_RELATIONS =
      Set.of("ccomp", "xcomp", "advcl", "parataxis", "acl", "acl:relcl", "csubj");
  private static final Set<String> INTERESTED =
      Set.of(
          "company",
          "firm",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "embassy",
          "beijing",
          "china",
          "ministry",
          "executive",
          "owner",
          "statement",
          "boss",
          "founder",
          "lobbyist",
          "representative",
          "kremlin",
          "moscow",
          "it",
          "they",
          "app",
          "platform",
          "group",
          "giant");

  private ReportedSpeech() {}

  static Report byOther(ParsedSentence s, List<CueHit> reports, StanceClassifier.Context ctx) {
    for (CueHit r : reports) {
      int verb = r.first();
      if (!s.tokens().get(verb).pos().startsWith("VB")
          || ctx.outsideOwnWords(s.tokens().get(verb))) {
        continue;
      }
      boolean hasClause =
          s.children(verb).stream().anyMatch(e -> CLAUSE_RELATIONS.contains(e.relation()));
      if (!hasClause) {
        continue;
      }
      for (ParsedSentence.Edge e : s.children(verb)) {
        if (!e.relation().startsWith("nsubj")) {
          continue;
        }
        int subj = e.dependent();
        if (FIRST_PERSON.contains(s.tokens().get(subj).lower())
            || ctx.holderTokens().contains(subj)
            || phraseHas(s, subj, ctx.holderTokens())) {
          return null;
        }
        return new Report(verb, subj, interested(s, subj));
      }
    }
    return null;
  }

  /** The company, its spokesperson, an embassy, a platform named as the source. */
  private static boolean interested(ParsedSentence s, int subject) {
    if (INTERESTED.contains(s.tokens().get(subject).lower())
        || s.tokens().get(subject).ner().equals("PLATFORM")) {
      return true;
    }
    for (ParsedSentence.Edge e : s.children(subject)) {
      ParsedSentence.Token t = s.tokens().get(e.dependent());
      if (t.ner().equals("PLATFORM") || INTERESTED.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean phraseHas(ParsedSentence s, int head, List<Integer> tokens) {
    for (ParsedSentence.Edge e : s.children(head)) {
      if (tokens.contains(e.dependent())) {
        return true;
      }
    }
    return false;
  }
}
