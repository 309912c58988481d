package org.concerntracker.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerntracker.model.Attribution;

/**
 * Decides who holds the views in a news sentence: the member a direct quotation is attributed to,
 * members who are the subject of a reporting verb over the platform ("X warned that ..."), each
 * member of a list that is such a subject ("MPs including A, B and C ... saying"), the member who
 * wrote the piece (op-eds), and members merely mentioned (neutral only).
 *
 * <p>Quotation attribution looks beside the quotation, in its paragraph ("..., said Sir Iain." /
 * "Sir Iain said: ..."), and for a pronoun ("he said") at the member named last before it. A
 * non-member speaker closer to the quotation ("a TikTok spokesperson said") takes it instead, so
 * the member gets nothing.
 */
final class NewsAttributor {

  /** A holder of a view in one sentence. */
  record Holder(
      String personId,
      Attribution attribution,
      List<Integer> tokens,
      boolean viewsCount,
      Quotes.Span quote) {}

  private static final Pattern REPORT_VERB =
      Pattern.compile(
          "\\b(said|says|say|told|tells|warned|warns|added|adds|claimed|claims|argued|argues|insisted|insists|"
              + "wrote|writes|urged|urges|stated|explained|declared|asked|according to|commented|"
              + "believes|believed|fears|feared|suggested|accused|described)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PRONOUN_REPORT =
      Pattern.compile(
          "\\b(he|she)\\s+(?:also\\s+)?(said|says|told|warned|added|claimed|argued|insisted|wrote|urged)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Titles that tell a person's gender (see {@link #genderOf}). */
  private static final String GENDERED_TITLES = "Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Baroness";

  private static final Pattern GENDERED_TITLE =
      Pattern.compile(
          "(?:The\\s+)?(?:Rt\\.?\\s+)?(?:Hon\\.?\\s+)?(" + GENDERED_TITLES + ")\\b\\.?");
  private static final Set<String> FEMALE_TITLES =
      Set.of("mrs", "ms", "miss", "dame", "lady", "baroness");

  /** A titled name ("Baroness Dido Harding", "Mr Chew"); group 1 the title, 2 the surname. */
  private static final Pattern TITLED_NAME =
      Pattern.compile(
          "\\b("
              + GENDERED_TITLES
              + ")\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}\\s+(\\p{Lu}[\\p{L}'’-]+)\\b");

  private static final Pattern OTHER_SPEAKER =
      Pattern.compile(
          "\\b(spokes(?:wo)?man|spokesperson|a source|sources|an? official|officials|executive|"
              + "chief executive|in a statement|the company|the firm|the embassy|the ministry|"
              + "a representative)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> STANCE_VERBS =
      Set.of(
          "say",
          "tell",
          "warn",
          "claim",
          "argue",
          "insist",
          "write",
          "urge",
          "call",
          "raise",
          "voice",
          "express",
          "demand",
          "criticise",
          "criticize",
          "attack",
          "accuse",
          "describe",
          "sign",
          "suggest",
          "believe",
          "fear",
          "add",
          "state",
          "condemn",
          "question",
          "lead",
          "back",
          "push",
          "press",
          "defend",
          "dismiss",
          "reject",
          "welcome",
          "brand",
          "label",
          "liken",
          "compare");
  private static final Set<String> CLIMB =
      Set.of(
          "conj",
          "nmod",
          "appos",
          "compound",
          "flat",
          "nmod:including",
          "nmod:poss",
          "nmod:of",
          // "The letter, signed by MPs including A and B, says ...": the signers hold its view.
          "obl:by",
          "acl");

  private static final int WINDOW = 160;

  private final String text;
  private final List<MemberLinker.Link> links;
  private final List<Quotes.Span> quotes;
  private final String author;

  /** Members' genders as the article's titles show them ("Mr Johnson"): 'm', 'f', or none. */
  private final Map<String, Character> gender = new java.util.HashMap<>();

  /** Where a person who is not a member is named, with the gender a title gives them. */
  private record Other(int end, char gender) {}

  /**
   * Non-members the article names with a title ("Baroness Harding"), and its later mentions of them
   * by surname alone ("Harding"), in text order: "she" after them is theirs, not a member's named
   * earlier.
   */
  private final List<Other> others = new ArrayList<>();

  NewsAttributor(String text, List<MemberLinker.Link> links, String authorPersonId) {
    this.text = text;
    this.links = links;
    this.quotes = Quotes.find(text);
    this.author = authorPersonId;
    for (MemberLinker.Link l : links) {
      Matcher m = GENDERED_TITLE.matcher(l.surface());
      if (m.lookingAt()) {
        gender.merge(l.personId(), genderOf(m.group(1)), (a, b) -> a == b ? a : '?');
      }
    }
    others.addAll(othersNamed());
  }

  /** 'f' or 'm': the gender one of {@link #GENDERED_TITLES} gives. */
  private static char genderOf(String title) {
    return FEMALE_TITLES.contains(title.toLowerCase(java.util.Locale.ROOT)) ? 'f' : 'm';
  }

  /** A non-member named with a title: where, the surname, and the gender the title gives. */
  private record Titled(int start, int end, String surname, char gender) {}

  /**
   * Titled non-members first; then each surname alone is whoever was last named by title with it
   * ("Baroness Harding ... her grandfather Lord Harding ... Harding" is him).
   */
  private List<Other> othersNamed() {
    List<Titled> titled = new ArrayList<>();
    Matcher t = TITLED_NAME.matcher(text);
    while (t.find()) {
      if (!overlapsLink(t.start(), t.end())) {
        titled.add(new Titled(t.start(), t.end(), t.group(2), genderOf(t.group(1))));
      }
    }
    List<Other> out = new ArrayList<>();
    titled.forEach(x -> out.add(new Other(x.end(), x.gender())));
    if (titled.isEmpty()) {
      return out;
    }
    java.util.Set<String> surnames = new java.util.TreeSet<>();
    titled.forEach(x -> surnames.add(Pattern.quote(x.surname())));
    Matcher n = Pattern.compile("\\b(?:" + String.join("|", surnames) + ")\\b").matcher(text);
    while (n.find()) {
      Titled last = null;
      boolean insideTitled = false;
      for (Titled x : titled) {
        if (x.start() >= n.start()) {
          break;
        }
        if (n.end() <= x.end()) {
          insideTitled = true;
        } else if (x.surname().equals(n.group())) {
          last = x;
        }
      }
      if (!insideTitled && last != null && !overlapsLink(n.start(), n.end())) {
        out.add(new Other(n.end(), last.gender()));
      }
    }
    return out;
  }

  /** Whether the article's titles for the member allow "he" or "she" to refer to them. */
  private boolean fits(String pronoun, String personId) {
    Character g = gender.get(personId);
    if (g == null || g == '?') {
      return true;
    }
    return g == pronounGender(pronoun);
  }

  /** 'f' for "she", 'm' for "he". */
  private static char pronounGender(String pronoun) {
    return pronoun.equalsIgnoreCase("she") ? 'f' : 'm';
  }

  /**
   * True if a member may hold a view in the text at [begin, end): a member is named there, a
   * pronoun reports speech ("he said"), or it lies in a quotation attributed to a member.
   */
  boolean mayHoldView(int begin, int end) {
    if (!linksIn(begin, end).isEmpty()) {
      return true;
    }
    Matcher pronoun = PRONOUN_REPORT.matcher(text.substring(begin, end));
    if (pronoun.find() && lastMemberBefore(begin, pronoun.group(1)) != null) {
      return true;
    }
    Quotes.Span q = quoteAt(begin + Math.min(2, end - begin - 1));
    return q != null && quoteOwner(q) != null;
  }

  /** The holders of the views on the platform at {@code anchorOffset} in sentence {@code s}. */
  List<Holder> holders(ParsedSentence s, List<Integer> anchors, int anchorOffset) {
    List<Holder> out = new ArrayList<>();
    Quotes.Span quote = quoteAt(anchorOffset);
    if (quote != null) {
      String owner = quoteOwner(quote);
      if (owner != null) {
        out.add(new Holder(owner, Attribution.QUOTE, List.of(), true, quote));
      }
    } else {
      out.addAll(reported(s, anchors));
      if (out.isEmpty() && author != null) {
        out.add(new Holder(author, Attribution.AUTHOR, List.of(), true, null));
      }
    }
    // Members merely named in the sentence: neutral.
    for (MemberLinker.Link l : linksIn(s.begin(), s.begin() + s.text().length())) {
      if (out.stream().noneMatch(h -> h.personId().equals(l.personId()))) {
        out.add(
            new Holder(
                l.personId(), Attribution.REPORTED, s.tokensIn(l.begin(), l.end()), false, null));
      }
    }
    return out;
  }

  /** Members who are the subject (or in a list that is the subject) of a verb over the platform. */
  private List<Holder> reported(ParsedSentence s, List<Integer> anchors) {
    List<Holder> out = new ArrayList<>();
    List<MemberLinker.Link> here = linksIn(s.begin(), s.begin() + s.text().length());
    for (MemberLinker.Link l : here) {
      List<Integer> toks = s.tokensIn(l.begin(), l.end());
      if (toks.isEmpty()) {
        continue;
      }
      int verb = subjectVerb(s, toks.get(toks.size() - 1));
      if (verb >= 0 && governsAnchor(s, verb, anchors)) {
        out.add(new Holder(l.personId(), Attribution.REPORTED, toks, true, null));
      }
    }
    if (out.isEmpty()) {
      // "He warned that ...": a pronoun subject is the member named last before this sentence.
      for (ParsedSentence.Edge e : s.edges()) {
        if (e.relation().startsWith("nsubj")
            && s.tokens().get(e.dependent()).lower().matches("he|she")
            && STANCE_VERBS.contains(s.tokens().get(e.governor()).lower())
            && governsAnchor(s, e.governor(), anchors)) {
          String last = lastMemberBefore(s.begin(), s.tokens().get(e.dependent()).lower());
          if (last != null) {
            out.add(new Holder(last, Attribution.REPORTED, List.of(e.dependent()), true, null));
          }
        }
      }
    }
    return out;
  }

  /** The verb whose subject the token is, climbing through lists and modifiers; -1 if none. */
  private static int subjectVerb(ParsedSentence s, int token) {
    int x = token;
    for (int step = 0; step < 6; step++) {
      ParsedSentence.Edge h = s.head(x);
      if (h == null) {
        return -1;
      }
      if (h.relation().startsWith("nsubj")) {
        // A verb ("X warned"), or a noun predicate ("X was among the backbenchers who ...").
        return h.governor();
      }
      boolean climbable = CLIMB.stream().anyMatch(r -> h.relation().startsWith(r));
      if (!climbable) {
        return -1;
      }
      x = h.governor();
    }
    return -1;
  }

  private static boolean governsAnchor(ParsedSentence s, int verb, List<Integer> anchors) {
    return anchors.stream().anyMatch(a -> a == verb || s.governors(a, 9).contains(verb));
  }

  private Quotes.Span quoteAt(int offset) {
    for (Quotes.Span q : quotes) {
      if (q.contains(offset)) {
        return q;
      }
    }
    return null;
  }

  /** The member a quotation is attributed to, or null (unattributed, or a non-member's). */
  String quoteOwner(Quotes.Span q) {
    int first = q.begin();
    int last = q.end();
    for (Quotes.Span o : quotes) {
      if (o.group() == q.group()) {
        first = Math.min(first, o.begin());
        last = Math.max(last, o.end());
      }
    }
    String after = text.substring(last, paragraphEnd(last, Math.min(text.length(), last + WINDOW)));
    String before = text.substring(Math.max(paragraphStart(first), first - WINDOW), first);
    String owner = ownerIn(last, after, true);
    if (owner == null) {
      owner = ownerIn(first - before.length(), before, false);
    }
    Matcher afterPronoun = PRONOUN_REPORT.matcher(after);
    Matcher beforePronoun = PRONOUN_REPORT.matcher(before);
    String pronoun =
        afterPronoun.find()
            ? afterPronoun.group(1)
            : beforePronoun.find() ? beforePronoun.group(1) : null;
    if (owner == null && pronoun != null) {
      String prior = lastMemberBefore(first, pronoun);
      if (prior != null
          && !OTHER_SPEAKER.matcher(text.substring(lastLinkEnd(prior, first), first)).find()) {
        owner = prior;
      }
    }
    if (owner == null
        && paragraphStart(first) == first
        && !REPORT_VERB.matcher(after).find()
        && !REPORT_VERB.matcher(before).find()) {
      owner = previousQuotationsOwner(first, q.group());
    }
    return owner;
  }

  /**
   * A paragraph that is a quotation with no attribution of its own (no reporting verb beside it),
   * straight after a paragraph whose last quotation is a member's, goes on with that member's
   * words, as newspapers print a speaker's successive paragraphs ("'...' he said. / 'Hikvision and
   * Dahua have ...").
   */
  private String previousQuotationsOwner(int paragraphBegin, int group) {
    if (paragraphBegin < 2) {
      return null;
    }
    int previousBegin = paragraphStart(paragraphBegin - 2);
    Quotes.Span last = null;
    for (Quotes.Span o : quotes) {
      if (o.group() != group && o.begin() >= previousBegin && o.end() <= paragraphBegin) {
        last = o;
      }
    }
    return last == null ? null : quoteOwner(last);
  }

  /**
   * A member named in the window beside a reporting verb, unless a non-member speaker is nearer.
   */
  private String ownerIn(int windowBegin, String window, boolean afterQuote) {
    if (!REPORT_VERB.matcher(window).find()) {
      return null;
    }
    // Stop at the next quotation: its own attribution is not ours.
    int cut = afterQuote ? indexOfQuoteMark(window) : -1;
    String w = cut >= 0 ? window.substring(0, cut) : window;
    MemberLinker.Link best = null;
    for (MemberLinker.Link l : linksIn(windowBegin, windowBegin + w.length())) {
      if (best == null || (afterQuote ? l.begin() < best.begin() : l.begin() > best.begin())) {
        best = l;
      }
    }
    Matcher other = OTHER_SPEAKER.matcher(w);
    while (other.find()) {
      int at = windowBegin + other.start();
      if (best == null || (afterQuote ? at < best.begin() : at > best.end())) {
        return null;
      }
    }
    return best == null ? null : best.personId();
  }

  private static int indexOfQuoteMark(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '"') {
        return i;
      }
    }
    return -1;
  }

  private List<MemberLinker.Link> linksIn(int begin, int end) {
    return links.stream().filter(l -> l.begin() >= begin && l.end() <= end).toList();
  }

  private boolean overlapsLink(int begin, int end) {
    return links.stream().anyMatch(l -> l.begin() < end && l.end() > begin);
  }

  /**
   * The member named last before {@code offset} (within 1,500 characters) whom {@code pronoun} can
   * refer to: "she" passes over a member the article calls "Mr".
   */
  private String lastMemberBefore(int offset, String pronoun) {
    MemberLinker.Link best = null;
    for (MemberLinker.Link l : links) {
      if (l.end() <= offset && offset - l.end() < 1500 && fits(pronoun, l.personId())) {
        best = l;
      }
    }
    if (best == null) {
      return null;
    }
    char g = pronounGender(pronoun);
    for (Other o : others) {
      if (o.end() > best.end() && o.end() <= offset && o.gender() == g) {
        return null; // a non-member of that gender was named since: the pronoun is theirs
      }
    }
    return best.personId();
  }

  private int lastLinkEnd(String personId, int offset) {
    int end = 0;
    for (MemberLinker.Link l : links) {
      if (l.personId().equals(personId) && l.end() <= offset) {
        end = l.end();
      }
    }
    return end;
  }

  private int paragraphStart(int offset) {
    int p = text.lastIndexOf("\n\n", Math.max(0, offset - 1));
    return p < 0 ? 0 : p + 2;
  }

  private int paragraphEnd(int offset, int limit) {
    int p = text.indexOf("\n\n", offset);
    return p < 0 ? limit : Math.min(p, limit);
  }
}
