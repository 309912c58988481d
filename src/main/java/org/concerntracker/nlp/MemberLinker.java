package org.concerntracker.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.members.NameCandidate;
import org.concerntracker.members.Names;

/**
 * Finds members of parliament named in a text and links them to person ids, for news: full names
 * with or without titles ("Sir Iain Duncan Smith", "Dr Luke Evans") and the short forms the
 * registry knows ("Tom Tugendhat", "Nus Ghani"), as scored by {@link MemberRegistry#candidates};
 * and, after a full mention, the surname-only references that follow ("Duncan Smith said", "Mr
 * Wallis"). A name two sitting members fit equally stays unlinked. Cheap (one regular-expression
 * pass plus registry look-ups), so it runs over the whole article; NER confirms the spans in the
 * sentences that are parsed.
 */
public final class MemberLinker {

  /** A member named at [begin, end) of the text. */
  public record Link(String personId, int begin, int end, String surface, boolean fullName) {}

  private static final String TITLE =
      "(?:(?:The\\s+)?(?:Rt\\.?\\s+)?(?:Hon\\.?\\s+)?(?:Sir|Dame|Dr|Mr|Mrs|Ms|Miss|Lord|Lady|Baroness|Baron|Professor)\\.?\\s+)?";
  private static final String WORD = "[A-Z][\\p{L}'’-]+";
  private static final Pattern NAME =
      Pattern.compile("\\b" + TITLE + "(" + WORD + "(?:\\s+" + WORD + "){0,11})");

  /** The most words a printed name takes, title and post-nominal included. */
  private static final int MAX_NAME_WORDS = 5;

  private static final Pattern TITLED_SURNAME =
      Pattern.compile(
          "\\b(?:Sir|Dame|Dr|Mr|Mrs|Ms|Miss|Lord|Lady|Baroness)\\.?\\s+("
              + WORD
              + "(?:\\s+"
              + WORD
              + ")?)");

  private final MemberRegistry registry;
  private final boolean prefilter;

  public MemberLinker(MemberRegistry registry) {
    this(registry, true);
  }

  /**
   * @param prefilter whether word sequences whose last word ends no registry name skip the
   *     registry's look-up (they would find no one; false only to test that)
   */
  MemberLinker(MemberRegistry registry, boolean prefilter) {
    this.registry = registry;
    this.prefilter = prefilter;
  }

  public List<Link> link(String text, LocalDate date) {
    List<Link> links = new ArrayList<>();
    Map<String, String> surnames = new HashMap<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      Link l = longestFullName(text, m, date);
      if (l != null && !abroad(text, l)) {
        links.add(l);
        for (String surname : surnameForms(l.surface())) {
          surnames.merge(surname, l.personId(), (a, b) -> a.equals(b) ? a : "");
        }
      }
    }
    List<Link> out = new ArrayList<>(links);
    // Surname-only references, after a full mention and only if the surname is unambiguous here.
    List<Map.Entry<String, String>> forms = new ArrayList<>(surnames.entrySet());
    // Longer forms first, so "Duncan Smith" is taken before "Smith" could be.
    forms.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
    for (Map.Entry<String, String> e : forms) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      Pattern p = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b");
      Matcher s = p.matcher(text);
      while (s.find()) {
        int b = s.start();
        int en = s.end();
        if (covered(out, b, en) || firstMention(links, e.getValue()) > b) {
          continue;
        }
        Matcher titled = TITLED_SURNAME.matcher(text).region(Math.max(0, b - 12), en);
        int begin = b;
        while (titled.find()) {
          if (titled.end() == en) {
            begin = titled.start();
          }
        }
        out.add(new Link(e.getValue(), begin, en, text.substring(begin, en), false));
      }
    }
    out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return out;
  }

  /**
   * The member a run of capitalised words names, trying the longest word sequence first: "Iain
   * Duncan Smith" before "Iain Duncan". A run may hold more than a name ("At Prime Minister's
   * Questions Tory MP Damian Green"): every sequence of up to {@value #MAX_NAME_WORDS} words in it
   * is tried.
   */
  private Link longestFullName(String text, Matcher m, LocalDate date) {
    String[] words = m.group(1).split("\\s+");
    for (int n = Math.min(words.length, MAX_NAME_WORDS); n >= 2; n--) {
      for (int start = 0; start + n <= words.length; start++) {
        if (prefilter && !registry.mayEndName(words[start + n - 1])) {
          continue;
        }
        String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, start, start + n));
        String printed = start == 0 ? text.substring(m.start(), m.start(1)) + candidate : candidate;
        var best = registry.candidates(printed, date).best();
        if (best.isPresent() && best.get().score() >= NameCandidate.SHORT_FORM) {
          int b = m.start(1) + m.group(1).indexOf(candidate);
          int begin = start == 0 ? m.start() : b;
          return new Link(
              best.get().personId(),
              begin,
              b + candidate.length(),
              text.substring(begin, b + candidate.length()),
              true);
        }
      }
    }
    return null;
  }

  private static final Pattern OF_PLACE = Pattern.compile("\\s+of\\s+(?:the\\s+)?[A-Z]");
  private static final Pattern PEERAGE =
      Pattern.compile("^(?:The\\s+)?(?:Lord|Lady|Baroness|Baron|Viscount|Earl|Countess)\\b");

  /**
   * A person named "of" a place without a peerage title is someone else of the same name: "the
   * presidents Imran Khan of Pakistan, Cyril Ramaphosa of South Africa" is not the member for
   * Wakefield. ("Lord Alton of Liverpool" keeps its title.)
   */
  private static boolean abroad(String text, Link l) {
    return !PEERAGE.matcher(l.surface()).find()
        && OF_PLACE.matcher(text).region(l.end(), text.length()).lookingAt();
  }

  /**
   * "Iain Duncan Smith" → "Duncan Smith" and "Smith"? Only the multi-word family form and last
   * word.
   */
  private static List<String> surnameForms(String fullName) {
    String[] w =
        Names.key(fullName).isEmpty()
            ? new String[0]
            : fullName.replaceAll(TITLE, "").strip().split("\\s+");
    // "Bob Seely MP" is referred to later as "Seely", not "MP".
    int end = w.length;
    while (end > 0 && Names.isPostNominal(w[end - 1])) {
      end--;
    }
    w = java.util.Arrays.copyOf(w, end);
    List<String> out = new ArrayList<>();
    if (w.length >= 3) {
      out.add(w[w.length - 2] + " " + w[w.length - 1]);
    }
    if (w.length >= 2) {
      out.add(w[w.length - 1]);
    }
    return out;
  }

  private static boolean covered(List<Link> links, int b, int e) {
    return links.stream().anyMatch(l -> l.begin() < e && l.end() > b);
  }

  private static int firstMention(List<Link> links, String personId) {
    return links.stream()
        .filter(l -> l.personId().equals(personId))
        .mapToInt(Link::begin)
        .min()
        .orElse(Integer.MAX_VALUE);
  }
}
