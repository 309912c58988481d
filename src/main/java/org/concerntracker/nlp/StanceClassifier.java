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
 *   <li>A negated cue flips ({@link Negation}): "not safe" is concern, "no evidence that it shares
 *       data" is reassurance.
 *   <li>A word for data and a word for a foreign state in one sentence is foreign-state access to
 *       data: concern (reassurance when negated).
 *   <li>A restriction ("ban", "rip out") is concern only with a security reason in the sentence or
 *       the document, and no other reason given (children, cost); a restriction the holder objects
 *       to ("not ban it", "dismayed by calls to ban it") defends the platform.
 *   <li>Off-topic context (content, children, adverts) outweighs weak concern words ("risk"); weak
 *       words alone need a security context; indignant rhetoric in a security debate is concern.
 *   <li>What someone else is reported to say ({@link ReportedSpeech}): an interested party's
 *       reassurance is only relayed, and concern if the holder rejects it; an authority's finding
 *       is cited in support.
 *   <li>Questions raise concerns: a concern cue in a question is concern; a reassurance is not.
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
      boolean securityContext,
      List<Integer> holderTokens,
      int ownBegin,
      int ownEnd,
      List<Integer> rivals,
      boolean implicitTarget) {

    /** The holder is the speaker or author of the whole sentence. */
    public static Context speaker(boolean securityContext) {
      return new Context(securityContext, List.of(), -1, -1, List.of(), false);
    }

    /** The holder is named in the sentence, by these tokens. */
    public static Context named(boolean securityContext, List<Integer> holderTokens) {
      return new Context(securityContext, holderTokens, -1, -1, List.of(), false);
    }

    /**
     * The holder's own words are the quotation at [begin, end): reporting verbs outside it ("...,"
     * he said) introduce the holder's words, not someone else's.
     */
    public static Context quoted(boolean securityContext, int begin, int end) {
      return new Context(securityContext, List.of(), begin, end, List.of(), false);
    }

    /**
     * Tokens of the other platforms the sentence names: a cue nearer to one of them is about that
     * one ("Clearview AI built a database of images copied from Facebook, without consent").
     */
    public Context withRivals(List<Integer> tokens) {
      return new Context(securityContext, holderTokens, ownBegin, ownEnd, tokens, implicitTarget);
    }

    /**
     * The sentence does not name the platform or refer to it; it is about it only because the
     * article is: weak words do not count.
     */
    public Context implicit() {
      return new Context(securityContext, holderTokens, ownBegin, ownEnd, rivals, true);
    }

    boolean outsideOwnWords(ParsedSentence.Token t) {
      return ownBegin >= 0 && (t.begin() < ownBegin || t.begin() >= ownEnd);
    }
  }

  private static final java.util.regex.Pattern ASSERTING_QUESTION =
      java.util.regex.Pattern.compile(
          "^\\W*(?:Does|Do|Would|Will|Will not|Does not|Would not)\\b.{0,80}?\\b"
              + "(?:accept|agree|recognise|recognize|acknowledge|share my|join me)\\b.{0,20}?\\bthat\\b");

  /**
   * "Is it not the case that ...?", "Is there not a danger that ...?": assertions, not questions.
   */
  private static final java.util.regex.Pattern NEGATIVE_QUESTION =
      java.util.regex.Pattern.compile(
          "^\\W*(?:[\\w.]+[ ,]+){0,3}?(?:Is|Isn't|Was|Would|Wouldn't|Does|Doesn't|Do|Don't|Will|Has|Have|"
              + "Should|Can|Could|Are|Aren't)\\s+(?:[\\w.']+\\s+){0,4}?not\\b|^\\W*(?:[\\w.]+[ ,]+){0,3}?"
              + "(?:Isn't|Wouldn't|Doesn't|Don't|Aren't|Hasn't|Haven't|Shouldn't)\\b");

  private static final java.util.regex.Pattern NO_PLANS =
      java.util.regex.Pattern.compile(
          "\\b(?:no (?:current |immediate )?(?:plans?|intention)|not (?:currently )?(?:planning|intend))\\b",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final Set<String> AGAINST_CONCERNS = Set.of("caution against", "warn against");
  private static final Set<String> DIMINISHERS =
      Set.of(
          "small",
          "smaller",
          "minimal",
          "low",
          "lower",
          "negligible",
          "limited",
          "tiny",
          "manageable",
          "slight",
          "modest");

  private final CueLexicon lexicon;

  public StanceClassifier(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Running totals for one (sentence, platform) decision. */
  private static final class Scores {
    double concern;
    double reassure;
    double restrict;
    double restrictFact;
    double defend;
    double offtopic;
    double offtopicReason;
    double strongestConcern;
    boolean hedged;
    final List<Integer> distanceAt = new ArrayList<>();
    boolean disbelief;
    boolean rhetoric;
    boolean nearConcern;
    final List<CueHit> reports = new ArrayList<>();
    final List<String> cues = new ArrayList<>();
  }

  public Judgement classify(ParsedSentence s, List<Integer> anchors, Context ctx) {
    List<CueHit> hits = lexicon.find(s);
    // A comparison's yardstick ("the same risk as Huawei") takes no cue from the compared one.
    // Nor does a platform named only as where data came from ("images copied from Facebook").
    ctx =
        ctx.withRivals(
            ctx.rivals().stream().filter(r -> !yardstick(s, r) && !sourceRole(s, r)).toList());
    Scores sc = new Scores();
    signals(s, anchors, hits, sc);
    stanceCues(s, anchors, hits, sc, ctx);
    foreignStateData(s, hits, sc);
    dataAccess(s, anchors, hits, sc, ctx);
    restrictions(sc, ctx, s.isQuestion());
    context(sc, ctx, s.isQuestion());
    ReportedSpeech.Report report = ReportedSpeech.byOther(s, sc.reports, ctx);
    if (report != null) {
      reported(s, report, sc);
    }
    boolean question = asked(s);
    if (question) {
      sc.cues.add("question");
    }
    Stance stance;
    double margin;
    if (sc.concern >= 0.5 && sc.concern > sc.reassure * 1.2) {
      stance = Stance.CONCERN;
      margin = sc.concern - sc.reassure;
    } else if (sc.reassure >= 0.5 && sc.reassure > sc.concern && !question) {
      stance = Stance.REASSURANCE;
      margin = sc.reassure - sc.concern;
    } else {
      stance = Stance.NEUTRAL;
      margin = 0.6 - Math.max(sc.concern, sc.reassure);
    }
    if (sc.hedged) {
      sc.cues.add("hedged");
    }
    return new Judgement(
        stance,
        confidence(stance, margin, sc.hedged, report != null, question),
        List.copyOf(sc.cues));
  }

  /** Cues that steer the decision without being a stance: reports, hedges, topic, rhetoric. */
  private static void signals(
      ParsedSentence s, List<Integer> anchors, List<CueHit> hits, Scores sc) {
    for (CueHit h : hits) {
      switch (h.cue().category()) {
        case REPORT -> sc.reports.add(h);
        case DISTANCE -> sc.distanceAt.add(h.first());
        case DISBELIEF -> {
          sc.disbelief = true;
          sc.cues.add(h.label());
        }
        case HEDGE -> sc.hedged |= closeness(s, anchors, h) >= 0.7;
        case OFFTOPIC -> {
          sc.offtopic += h.cue().weight() * closeness(s, anchors, h);
          sc.offtopicReason += h.cue().weight();
        }
        case RHETORIC -> {
          sc.rhetoric = true;
          sc.cues.add(h.label());
        }
        default -> {}
      }
    }
  }

  /** Concern, reassurance and restriction cues, weighed by closeness and flipped when negated. */
  private static void stanceCues(
      ParsedSentence s, List<Integer> anchors, List<CueHit> hits, Scores sc, Context ctx) {
    for (CueHit h : hits) {
      Category c = h.cue().category();
      if (c != Category.CONCERN && c != Category.REASSURE && c != Category.RESTRICT
          || insidePlatform(h, anchors)
          || insideName(s, h)
          || conceded(s, h)
          || askedAbout(s, h)
          || ctx.implicitTarget() && h.cue().weight() < 0.6
          || !ctx.rivals().isEmpty() && nearest(s, ctx.rivals(), h) < nearest(s, anchors, h)) {
        continue;
      }
      // A comparison's yardstick ("as private as WhatsApp") shares only the compared property.
      // So does an attitude over the whole comparison ("I worry that the app is as private as
      // WhatsApp"): it is toward the other term's claim.
      boolean yardstick =
          standard(s, anchors) && (nearest(s, anchors, h) > 2 || governsComparison(s, anchors, h));
      double w = h.cue().weight() * closeness(s, anchors, h) * (yardstick ? 0.3 : 1);
      boolean negated = Negation.negated(s, h, hits);
      String label = (negated ? "negated-" : "") + h.label();
      switch (c) {
        case CONCERN -> {
          if (opposesRestriction(s, h, hits)) {
            continue; // "a mistake to ban it": the word judges the ban, see restrictions
          }
          if (negated && h.cue().weight() >= 0.5 && !corrected(s, h)) {
            sc.reassure += w;
          } else if (!negated && (discouraged(s, h, hits) || diminished(s, h))) {
            // "I would caution against treating it as a threat", "the risk is small"
            sc.reassure += w;
            label = "played-down-" + h.label();
          } else if (!negated && subjectOfDenial(s, h, hits)) {
            label = "described-" + h.label(); // "My worry about Zoom is not a technical one."
            sc.cues.add(label);
            continue;
          } else if (!negated && h.cue().weight() < 0.8 && offtopicObject(s, h, hits)) {
            label = "offtopic-" + h.label(); // "I worry about what its prices mean for shops"
            sc.cues.add(label);
            continue;
          } else if (!negated) {
            sc.concern += w;
            sc.strongestConcern = Math.max(sc.strongestConcern, h.cue().weight());
            if (nearest(s, anchors, h) <= 2) {
              sc.nearConcern = true;
            }
          } else {
            continue;
          }
        }
        case REASSURE -> {
          if (negated || diminished(s, h)) {
            sc.concern += w;
            sc.strongestConcern = Math.max(sc.strongestConcern, h.cue().weight());
          } else {
            sc.reassure += w;
          }
        }
        default -> {
          if (personal(s, anchors, hits)) {
            continue; // "I have not deleted my Facebook account": one's own use
          } else if (negated && NO_PLANS.matcher(s.text()).find()) {
            continue; // "no plans to ban it": a statement of policy, not a defence of the platform
          } else if (negated || opposed(s, h, hits)) {
            sc.defend += w;
            label = "opposed-" + h.label();
          } else if (actionable(s, h, anchors)) {
            if (Restrictions.reportedFact(s, h, ctx)) {
              sc.restrictFact += w;
              label = "reported-" + h.label();
            } else {
              sc.restrict += w;
            }
          } else {
            continue;
          }
        }
      }
      sc.cues.add(label);
    }
  }

  /**
   * Foreign-state access to data: a word for data and a word for a foreign state, close in the
   * parse ("employees in Beijing had used the data of journalists"), negated as a pair ("no
   * evidence that it has handed users' data to the Chinese Government").
   */
  private static void foreignStateData(ParsedSentence s, List<CueHit> hits, Scores sc) {
    CueHit data = null;
    CueHit state = null;
    for (CueHit d : hits) {
      for (CueHit st : hits) {
        if (data == null
            && d.cue().category() == Category.DATA
            && st.cue().category() == Category.STATE
            && s.distance(d.first(), st.first()) <= 4) {
          data = d;
          state = st;
        }
      }
    }
    if (data == null || conceded(s, data)) {
      return;
    }
    if (Negation.negated(s, data, hits) || Negation.negated(s, state, hits)) {
      sc.reassure += 0.8;
      sc.cues.add("negated-foreign-state+data");
    } else {
      sc.concern += 0.8;
      sc.strongestConcern = Math.max(sc.strongestConcern, 0.8);
      sc.cues.add("foreign-state+data");
    }
  }

  /**
   * Access to users' data: "demands access to users' location, contacts and camera", "reading
   * British children's messages"; negated ("nobody has shown it reads messages") it reassures.
   */
  private static void dataAccess(
      ParsedSentence s, List<Integer> anchors, List<CueHit> hits, Scores sc, Context ctx) {
    for (CueHit a : hits) {
      if (a.cue().category() != Category.ACCESS
          || onlySource(s, anchors)
          || conceded(s, a) // "It collects a lot of data, certainly, but so do most apps"
          || !ctx.rivals().isEmpty() && nearest(s, ctx.rivals(), a) < nearest(s, anchors, a)) {
        continue;
      }
      for (CueHit d : hits) {
        if (d.cue().category() == Category.DATA && s.distance(a.first(), d.first()) <= 3) {
          if (Negation.negated(s, a, hits) || Negation.negated(s, d, hits)) {
            sc.reassure += 0.7;
            sc.cues.add("negated-data-access:" + a.cue().phrase());
          } else {
            sc.concern += 0.7;
            sc.strongestConcern = Math.max(sc.strongestConcern, 0.7);
            sc.cues.add("data-access:" + a.cue().phrase());
          }
          return;
        }
      }
    }
  }

  /** "images copied from Facebook": the platform is where data came from, not who took it. */
  private static boolean onlySource(ParsedSentence s, List<Integer> anchors) {
    for (int a : anchors) {
      if (!sourceRole(s, a)) {
        return false;
      }
    }
    return !anchors.isEmpty();
  }

  /** The token (or the list it is in: "from Facebook, Instagram") is a source or a place. */
  private static boolean sourceRole(ParsedSentence s, int a) {
    ParsedSentence.Edge h = s.head(a);
    for (int step = 0; h != null && h.relation().startsWith("conj") && step < 5; step++) {
      h = s.head(h.governor());
    }
    return h != null && (h.relation().endsWith(":from") || h.relation().endsWith(":on"));
  }

  /** A restriction counts as concern only with a security reason and no other reason given. */
  private static void restrictions(Scores sc, Context ctx, boolean question) {
    boolean securityReason =
        sc.strongestConcern >= 0.5 || ctx.securityContext() && sc.reassure == 0;
    // Someone else's completed restriction is a fact the holder reports; it is their concern only
    // when they raise it as one (a question, or a security reason in their own sentence).
    if (sc.restrictFact > 0 && (question || sc.strongestConcern >= 0.5)) {
      sc.restrict += sc.restrictFact;
    }
    // Another reason given outweighs a security context; only a security reason stated in the
    // sentence itself stands beside one ("ban it for children, and for our security").
    double otherReasons = sc.strongestConcern >= 0.5 ? 1.0 : 0.6;
    if (sc.restrict > 0 && securityReason && sc.offtopicReason < otherReasons) {
      sc.concern += sc.restrict;
      sc.cues.add(
          sc.strongestConcern >= 0.5 ? "restrict+security-reason" : "restrict+security-context");
    }
    if (sc.defend > 0 && sc.offtopicReason < 1.0) {
      sc.reassure += sc.defend;
      sc.cues.add("defends-use");
    }
  }

  /** Off-topic outweighs weak concern; weak words need a security context; rhetoric sharpens. */
  private static void context(Scores sc, Context ctx, boolean question) {
    if (sc.offtopic > 0 && sc.strongestConcern < 0.8 && sc.offtopic >= sc.concern) {
      sc.cues.add("offtopic");
      sc.concern = 0;
    }
    if (sc.strongestConcern < 0.6
        && !ctx.securityContext()
        && sc.restrict == 0
        && !sc.nearConcern) {
      sc.concern = Math.min(sc.concern, 0.3);
    }
    // "I would not take the company's word for it": distrust with nothing else said is concern.
    if (sc.disbelief && sc.concern == 0 && sc.reassure == 0) {
      sc.concern += 0.6;
    }
    // "Is it not extraordinary that ...?": indignation about a platform in a security debate.
    if (sc.rhetoric && (question || sc.concern > 0) && sc.reassure == 0 && sc.offtopic < 0.5) {
      sc.concern += 0.5;
    }
  }

  /**
   * Someone else's view inside the holder's sentence. An interested party's reassurance ("TikTok
   * says it is safe") is only relayed, and rejected if the holder distances themselves from it; an
   * authority's finding is cited in support, unless rejected ("..., but", "I do not believe it").
   */
  private static void reported(ParsedSentence s, ReportedSpeech.Report r, Scores sc) {
    sc.cues.add("reported-by-other:" + s.tokens().get(r.subject()).word());
    boolean contrast = contrastAfter(s, r.verb());
    boolean distanced = sc.distanceAt.contains(r.verb());
    if (distanced || sc.disbelief || contrast || asked(s) && sc.reassure > 0) {
      // "The embassy claims TikTok is safe; I do not believe a word of it."
      sc.concern += sc.reassure;
      sc.reassure = 0;
      sc.cues.add("holder-rejects-report");
    } else if (r.interested()) {
      sc.reassure = 0;
      sc.concern *= 0.8;
    } else {
      sc.concern *= 0.9;
      sc.reassure *= 0.9;
    }
  }

  /**
   * A real question. "Does the hon. Gentleman accept that ...?" and "Would my right hon. Friend
   * agree that ...?" are the speaker's assertions in question form, so they count as statements.
   */
  private static boolean asked(ParsedSentence s) {
    return s.isQuestion()
        && !ASSERTING_QUESTION.matcher(s.text()).find()
        && !NEGATIVE_QUESTION.matcher(s.text()).find();
  }

  private static boolean contrastAfter(ParsedSentence s, int verb) {
    for (int i = verb + 1; i < s.tokens().size(); i++) {
      if (s.tokens().get(i).lower().matches("but|yet|however")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "What worries me is not the Chinese Communist Party but the rubbish the app pushes": a negated
   * worry corrected to another one is no reassurance.
   */
  private static boolean corrected(ParsedSentence s, CueHit h) {
    for (int i = h.last() + 1; i < s.tokens().size(); i++) {
      if (s.tokens().get(i).lower().equals("but")) {
        return true;
      }
    }
    return false;
  }

  /** A restriction under an objection: "dismayed by the calls to ban the app". */
  private static boolean opposed(ParsedSentence s, CueHit restriction, List<CueHit> hits) {
    for (CueHit h : hits) {
      if (h.cue().category() == Category.OPPOSE
          && s.distance(h.first(), restriction.first()) <= 4) {
        return true;
      }
    }
    return false;
  }

  /** A concern word that is itself an objection to a restriction ("a mistake to ban it"). */
  private static boolean opposesRestriction(ParsedSentence s, CueHit concern, List<CueHit> hits) {
    boolean isObjection =
        hits.stream()
            .anyMatch(
                h ->
                    h.cue().category() == Category.OPPOSE
                        && h.first() == concern.first()
                        && h.last() == concern.last());
    if (!isObjection) {
      return false;
    }
    return hits.stream()
        .anyMatch(
            h ->
                h.cue().category() == Category.RESTRICT
                    && s.distance(h.first(), concern.first()) <= 4);
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

  /** The shortest dependency path from the platform to the cue. */
  private static int nearest(ParsedSentence s, List<Integer> anchors, CueHit h) {
    int best = Integer.MAX_VALUE;
    for (int a : anchors) {
      for (int t = h.first(); t <= h.last(); t++) {
        best = Math.min(best, s.distance(a, t));
      }
    }
    return best;
  }

  /**
   * "The app collects a lot of data, certainly, but so do most apps": what is granted before the
   * "but" of a concession is not the holder's point.
   */
  private static boolean conceded(ParsedSentence s, CueHit h) {
    List<ParsedSentence.Token> t = s.tokens();
    int but = -1;
    for (int i = h.last() + 1; i < t.size(); i++) {
      if (t.get(i).lower().equals("but")) {
        but = i;
        break;
      }
    }
    if (but < 0) {
      return false;
    }
    for (int i = 0; i < but; i++) {
      String w = t.get(i).lower();
      if (w.equals("certainly")
          || w.equals("admittedly")
          || w.equals("granted")
          || w.equals("course") && i > 0 && t.get(i - 1).lower().equals("of")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ASKING = Set.of("ask", "question", "press", "quiz", "challenge");

  /**
   * The cue is what someone was asked about, not what they said: it lies in a participle clause
   * with no subject of its own that opens the sentence ("Asked about the security worries that led
   * ministers to remove the app, Mr Russell was relaxed"). The answer is in the main clause.
   */
  private static boolean askedAbout(ParsedSentence s, CueHit h) {
    int x = h.first();
    for (int step = 0; step < 12; step++) {
      ParsedSentence.Edge e = s.head(x);
      if (e == null) {
        return false;
      }
      ParsedSentence.Token t = s.tokens().get(x);
      if (x != h.first()
          && ASKING.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
          && t.pos().equals("VBN")
          && (e.relation().equals("dep") || e.relation().startsWith("advcl"))
          && s.children(x).stream()
              .noneMatch(c -> c.relation().startsWith("nsubj") || c.relation().startsWith("aux"))) {
        return true;
      }
      x = e.governor();
    }
    return false;
  }

  /**
   * "My worry about Zoom is not a technical one": a worry that is the subject of a denied
   * description is being described, not raised or denied; it decides nothing.
   */
  private static boolean subjectOfDenial(ParsedSentence s, CueHit h, List<CueHit> hits) {
    ParsedSentence.Edge head = s.head(h.first());
    if (head == null || !head.relation().startsWith("nsubj")) {
      return false;
    }
    return hits.stream()
        .anyMatch(
            n ->
                n.cue().category() == Category.NEGATOR
                    && Negation.governs(s, head.governor(), n.first()));
  }

  /** Own use of the app close by: "my account", "I use it". */
  private static boolean personal(ParsedSentence s, List<Integer> anchors, List<CueHit> hits) {
    for (CueHit h : hits) {
      if (h.cue().category() == Category.PERSONAL
          && h.cue().weight() >= 0.6
          && nearest(s, anchors, h) <= 3) {
        return true;
      }
    }
    return false;
  }

  /** "National Cyber Security Centre": a cue word inside an organisation's name says nothing. */
  private static boolean insideName(ParsedSentence s, CueHit h) {
    for (int t = h.first(); t <= h.last(); t++) {
      if (!s.tokens().get(t).ner().equals("ORGANIZATION")) {
        return false;
      }
    }
    // Only when the name is longer than the cue: "Chinese Communist Party" is the concern itself.
    boolean before = h.first() > 0 && s.tokens().get(h.first() - 1).ner().equals("ORGANIZATION");
    boolean after =
        h.last() + 1 < s.tokens().size()
            && s.tokens().get(h.last() + 1).ner().equals("ORGANIZATION");
    return before || after;
  }

  /**
   * A concern someone warns against holding: "I would caution hon. Members against treating ...".
   */
  private static boolean discouraged(ParsedSentence s, CueHit concern, List<CueHit> hits) {
    for (CueHit h : hits) {
      if (h.cue().category() == Category.OPPOSE
          && AGAINST_CONCERNS.contains(h.cue().phrase())
          && h.first() < concern.first()
          && s.distance(h.first(), concern.first()) <= 5) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cue called small: "a negligible threat", "the risks are rather smaller", "only limited
   * assurance". The small word modifies the cue, or the cue is the subject it is said of.
   */
  private static boolean diminished(ParsedSentence s, CueHit h) {
    for (ParsedSentence.Edge e : s.children(h.first())) {
      if (DIMINISHERS.contains(s.tokens().get(e.dependent()).lower())) {
        return true;
      }
    }
    ParsedSentence.Edge up = s.head(h.first());
    return up != null
        && up.relation().startsWith("nsubj")
        && DIMINISHERS.contains(s.tokens().get(up.governor()).lower());
  }

  /** An off-topic word is what the worry is about: "worry about what its prices mean". */
  private static boolean offtopicObject(ParsedSentence s, CueHit concern, List<CueHit> hits) {
    return hits.stream()
        .anyMatch(
            h ->
                h.cue().category() == Category.OFFTOPIC
                    && h.cue().weight() >= 0.5
                    && s.distance(concern.first(), h.first()) <= 3);
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
    if (next < s.tokens().size() && s.tokens().get(next).lower().matches("on|of|against")) {
      return true;
    }
    // "put DJI on an investment blacklist": the noun stands right by the platform.
    return anchors.stream().anyMatch(a -> s.distance(a, h.first()) <= 3);
  }

  /**
   * The platform is only the yardstick of a comparison ("as private as WhatsApp", "as much threat
   * as Huawei"): what is said is about the other term.
   */
  private static boolean standard(ParsedSentence s, List<Integer> anchors) {
    for (int a : anchors) {
      if (!yardstick(s, a)) {
        return false;
      }
    }
    return !anchors.isEmpty();
  }

  /**
   * The cue is above the predicate a yardstick anchor depends on ("worry" over "as private as").
   */
  private static boolean governsComparison(ParsedSentence s, List<Integer> anchors, CueHit h) {
    for (int a : anchors) {
      ParsedSentence.Edge e = s.head(a);
      if (e != null
          && s.governors(e.governor(), 8).stream().anyMatch(g -> g >= h.first() && g <= h.last())) {
        return true;
      }
    }
    return false;
  }

  /** The token is a comparison's yardstick: "as Huawei", "than WhatsApp". */
  private static boolean yardstick(ParsedSentence s, int a) {
    return a > 0 && s.tokens().get(a - 1).lower().matches("as|than")
        || s.children(a).stream()
            .anyMatch(
                e ->
                    (e.relation().equals("case") || e.relation().equals("mark"))
                        && s.tokens().get(e.dependent()).lower().matches("as|than"));
  }

  private static boolean insidePlatform(CueHit h, List<Integer> anchors) {
    return anchors.stream().anyMatch(a -> a >= h.first() && a <= h.last());
  }
}
