package org.concerntracker.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.concerntracker.model.Stance;
import org.concerntracker.nlp.CueLexicon.Category;
import org.concerntracker.nlp.CueLexicon.CueHit;

/**
 * Decides the holder's stance towards one platform in one parsed sentence, from cue words and the
 * dependency parse, and says which cues decided it. The rules, in order:
 *
 * <ol>
 *   <li>Cues count by their weight times their syntactic closeness to the platform (dependency path
 *       length from the platform's tokens, or from a word referring back to it).
 *   <li>A negated cue flips: "not safe" is concern, "no evidence that it shares data" is
 *       reassurance.
 *   <li>A restriction ("ban", "rip out") is concern only with a security reason in the sentence or
 *       in the document around it; "we should not ban it" defends the platform.
 *   <li>What someone else is reported to say is not the holder's view: a reassurance the holder
 *       reports is neutral, or concern if the holder distances themselves from it ("claims", "I do
 *       not believe"); a concern the holder cites counts as theirs, at lower confidence.
 *   <li>Off-topic context (children, content, adverts) outweighs weak concern words ("risk").
 *   <li>Questions raise concerns: a concern cue in a question is concern.
 * </ol>
 */
public final class StanceClassifier {

  /** The decision and its evidence. */
  public record Judgement(Stance stance, double confidence, List<String> cues) {}

  /**
   * What the classifier knows beyond the sentence.
   *
   * @param securityContext the document discusses security, surveillance or data around this
   *     mention
   * @param holderTokens tokens in this sentence that are the holder (a named member); empty when
   *     the holder is the speaker or author of the whole text
   */
  public record Context(
      boolean securityContext, List<Integer> holderTokens, int ownBegin, int ownEnd) {

    /** The holder is the speaker or author of the whole sentence. */
    public static Context speaker(boolean securityContext) {
      return new Context(securityContext, List.of(), -1, -1);
    }

    /** The holder is named in the sentence, by these tokens. */
    public static Context named(boolean securityContext, List<Integer> holderTokens) {
      return new Context(securityContext, holderTokens, -1, -1);
    }

    /**
     * The holder's own words are the quotation at [begin, end): reporting verbs outside it ("...,"
     * he said) introduce the holder's words, not someone else's.
     */
    public static Context quoted(boolean securityContext, int begin, int end) {
      return new Context(securityContext, List.of(), begin, end);
    }

    boolean outsideOwnWords(ParsedSentence.Token t) {
      return ownBegin >= 0 && (t.begin() < ownBegin || t.begin() >= ownEnd);
    }
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us");
  private static final Set<String> CLAUSE_RELATIONS =
      Set.of("ccomp", "xcomp", "advcl", "parataxis", "acl", "acl:relcl", "csubj");

  private final CueLexicon lexicon;

  public StanceClassifier(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public Judgement classify(ParsedSentence s, List<Integer> anchors, Context ctx) {
    List<CueHit> hits = lexicon.find(s);
    List<String> cues = new ArrayList<>();
    double concern = 0;
    double reassure = 0;
    double restrict = 0;
    double defend = 0;
    double offtopic = 0;
    double strongestConcern = 0;
    boolean hedged = false;
    List<CueHit> reports = new ArrayList<>();
    boolean distance = false;
    boolean disbelief = false;
    for (CueHit h : hits) {
      Category c = h.cue().category();
      switch (c) {
        case REPORT -> reports.add(h);
        case DISTANCE -> distance = true;
        case DISBELIEF -> {
          disbelief = true;
          cues.add(h.label());
        }
        case HEDGE -> hedged |= closeness(s, anchors, h) >= 0.7;
        case OFFTOPIC -> offtopic += h.cue().weight() * closeness(s, anchors, h);
        default -> {}
      }
    }
    for (CueHit h : hits) {
      Category c = h.cue().category();
      if (c != Category.CONCERN && c != Category.REASSURE && c != Category.RESTRICT) {
        continue;
      }
      if (insidePlatform(h, anchors)) {
        continue;
      }
      double w = h.cue().weight() * closeness(s, anchors, h);
      boolean negated = negated(s, h, hits);
      String label = (negated ? "negated-" : "") + h.label();
      switch (c) {
        case CONCERN -> {
          if (negated && h.cue().weight() >= 0.5) {
            reassure += w;
            cues.add(label);
          } else if (!negated) {
            concern += w;
            strongestConcern = Math.max(strongestConcern, h.cue().weight());
            cues.add(label);
          }
        }
        case REASSURE -> {
          if (negated) {
            concern += w;
            strongestConcern = Math.max(strongestConcern, h.cue().weight());
          } else {
            reassure += w;
          }
          cues.add(label);
        }
        case RESTRICT -> {
          if (negated) {
            defend += w;
          } else if (actionable(s, h, anchors)) {
            restrict += w;
          } else {
            continue;
          }
          cues.add(label);
        }
        default -> {}
      }
    }
    boolean securityReason = strongestConcern >= 0.5 || ctx.securityContext() && reassure == 0;
    if (restrict > 0 && securityReason && offtopic < 1.0) {
      concern += restrict;
      cues.add(strongestConcern >= 0.5 ? "restrict+security-reason" : "restrict+security-context");
    }
    if (defend > 0 && securityReason) {
      reassure += defend;
      cues.add("defends-use");
    }
    if (offtopic > 0 && strongestConcern < 0.8 && offtopic >= concern) {
      cues.add("offtopic");
      concern = 0;
    }
    // Weak words alone ("risk", "security") need a security context to mean surveillance concern.
    if (strongestConcern < 0.6 && !ctx.securityContext() && restrict == 0) {
      concern = Math.min(concern, 0.3);
    }
    // Reported speech: whose view is it?
    CueHit otherReport = reportByOther(s, reports, ctx);
    boolean reportedByOther = otherReport != null;
    if (reportedByOther) {
      cues.add("reported-by-other:" + s.tokens().get(otherReport.first()).word());
      if (distance || disbelief) {
        // "The embassy claims TikTok is safe; I do not believe a word of it."
        double r = reassure;
        reassure = concern * (disbelief ? 1.0 : 0.0);
        concern = Math.max(concern, r);
        cues.add(disbelief ? "holder-rejects-report" : "holder-distances");
      } else {
        reassure = 0; // the holder is only reporting someone else's reassurance
        concern *= 0.8;
      }
    }
    boolean question = s.isQuestion();
    if (question) {
      cues.add("question");
    }
    Stance stance;
    double margin;
    if (concern >= 0.5 && concern > reassure * 1.2) {
      stance = Stance.CONCERN;
      margin = concern - reassure;
    } else if (reassure >= 0.5 && reassure > concern && !question) {
      stance = Stance.REASSURANCE;
      margin = reassure - concern;
    } else {
      stance = Stance.NEUTRAL;
      margin = 0.6 - Math.max(concern, reassure);
    }
    double confidence = confidence(stance, margin, hedged, reportedByOther, question);
    if (hedged) {
      cues.add("hedged");
    }
    return new Judgement(stance, confidence, List.copyOf(cues));
  }

  private static double confidence(
      Stance stance, double margin, boolean hedged, boolean reported, boolean question) {
    double c;
    if (stance == Stance.NEUTRAL) {
      c = 0.55 + 0.35 * Math.max(0, Math.min(1, margin / 0.6));
    } else {
      c = 0.55 + 0.4 * (1 - Math.exp(-1.5 * margin));
      if (hedged) {
        c -= 0.1;
      }
      if (reported) {
        c -= 0.1;
      }
      if (question) {
        c -= 0.05;
      }
    }
    return Math.round(Math.max(0.05, Math.min(0.99, c)) * 1000) / 1000.0;
  }

  /** How close a cue is to the platform, 0.2..1, by dependency path length. */
  private static double closeness(ParsedSentence s, List<Integer> anchors, CueHit h) {
    int best = Integer.MAX_VALUE;
    for (int a : anchors) {
      for (int t = h.first(); t <= h.last(); t++) {
        best = Math.min(best, s.distance(a, t));
      }
    }
    if (best <= 3) {
      return 1.0;
    }
    if (best <= 5) {
      return 0.8;
    }
    if (best <= 8) {
      return 0.5;
    }
    return s.tokens().size() <= 25 ? 0.5 : 0.25;
  }

  /**
   * A restriction that acts on something: a verb ("ban TikTok", "rip them out") or a noun with its
   * object ("a ban on TikTok"). "Will the ban make phones dearer?" talks about a ban, it asks for
   * none.
   */
  private static boolean actionable(ParsedSentence s, CueHit h, List<Integer> anchors) {
    ParsedSentence.Token t = s.tokens().get(h.first());
    if (t.pos().startsWith("VB")) {
      return true;
    }
    for (ParsedSentence.Edge e : s.children(h.first())) {
      if (e.relation().startsWith("nmod") && anchors.contains(e.dependent())) {
        return true;
      }
    }
    int next = h.last() + 1;
    return next < s.tokens().size() && s.tokens().get(next).lower().matches("on|of|against");
  }

  private static boolean insidePlatform(CueHit h, List<Integer> anchors) {
    return anchors.stream().anyMatch(a -> a >= h.first() && a <= h.last());
  }

  /**
   * A cue is negated when a negator depends on it or on the predicate it belongs to, or directly
   * precedes it ("not safe", "no risk" is itself a reassurance cue and is not negated again).
   */
  private static boolean negated(ParsedSentence s, CueHit h, List<CueHit> hits) {
    if (h.cue().tokens().get(0).equals("no") || h.cue().tokens().get(0).equals("nothing")) {
      return false;
    }
    for (CueHit n : hits) {
      if (n.cue().category() != Category.NEGATOR
          || n.first() >= h.first() && n.last() <= h.last()) {
        continue;
      }
      for (int t = h.first(); t <= h.last(); t++) {
        if (governs(s, t, n.first()) || governs(s, predicateOf(s, t), n.first())) {
          return true;
        }
        // "no evidence that X": the negated noun governs the clause holding the cue.
        if (negatedNounAbove(s, t, n.first())) {
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

  private static boolean governs(ParsedSentence s, int gov, int dep) {
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

  /** The predicate a word belongs to: itself, or the head it modifies as adjective/object. */
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

  private static boolean negatedNounAbove(ParsedSentence s, int t, int negator) {
    int x = t;
    for (int depth = 0; depth < 6; depth++) {
      ParsedSentence.Edge h = s.head(x);
      if (h == null) {
        return false;
      }
      x = h.governor();
      if (governs(s, x, negator)
          && s.tokens().get(negator).lower().matches("no|nothing|never|not")
          && s.tokens().get(x).pos().startsWith("NN")) {
        return true;
      }
    }
    return false;
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

  /**
   * A reporting verb whose subject is someone other than the holder, and under which the platform
   * sits: "The embassy claims TikTok is safe". First-person subjects are the holder's own words.
   */
  private static CueHit reportByOther(ParsedSentence s, List<CueHit> reports, Context ctx) {
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
        String w = s.tokens().get(subj).lower();
        if (FIRST_PERSON.contains(w) || ctx.holderTokens().contains(subj)) {
          return null;
        }
        if (isHolderPhrase(s, subj, ctx)) {
          return null;
        }
        return new CueHit(r.cue(), subj, subj);
      }
    }
    return null;
  }

  private static boolean isHolderPhrase(ParsedSentence s, int head, Context ctx) {
    for (ParsedSentence.Edge e : s.children(head)) {
      if (ctx.holderTokens().contains(e.dependent())) {
        return true;
      }
    }
    return false;
  }
}
