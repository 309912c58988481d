package org.concerntracker.members;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker's name as Hansard (or a news article) prints it, taken apart into what can be looked
 * up. The forms handled, with what they yield:
 *
 * <ul>
 *   <li>personal names with honorifics: "Mr. Joe Benton", "Sir Iain Duncan Smith", "Dr Luke Evans",
 *       "The Rt Hon Theresa May MP" → {@link Kind#PERSON} with words {@code [joe, benton]};
 *   <li>"Surname, Forenames" (ParlaMint metadata): "Hoyle, Lindsay Harvey" → {@code [lindsay,
 *       harvey, hoyle]};
 *   <li>peerage titles: "Lord Clarke of Nottingham", "Baroness Neville-Rolfe", "The Earl of
 *       Courtown" → {@link Kind#PEER};
 *   <li>constituency forms: "The Member for Tewkesbury (Mr Robertson)", older "Mr. Robertson
 *       (Tewkesbury)", bare "The Member for Tewkesbury" → a constituency, with the name if printed;
 *   <li>offices: "The Minister for Europe (Chris Bryant)" → the name, with the office kept;
 *   <li>chair occupants: "Mr Deputy Speaker (Mr Nigel Evans)" → the occupant's name, {@link
 *       #chair()} true; a bare "Mr Speaker", "Madam Deputy Speaker", "The Chairman" → {@link
 *       Kind#CHAIR}, nobody named;
 *   <li>"Several hon. Members", "Noble Lords" → {@link Kind#COLLECTIVE}; "An hon. Member" → {@link
 *       Kind#UNNAMED}; an office alone ("The Prime Minister") → {@link Kind#OFFICE}.
 * </ul>
 *
 * @param kind what was printed
 * @param printed the input, as given
 * @param words the personal name's folded words, honorifics dropped (empty for peers and forms
 *     without a name)
 * @param lordName a peer's folded title name ("clarke"), or null
 * @param lordOfName a peer's folded territorial part ("nottingham"), or null
 * @param constituency the constituency printed with the name, or null
 * @param office the office or chair title printed around the name, or null
 * @param chair true if the name was printed as the occupant of a chair title
 * @param honorific a distinctive title printed before a personal name ("dr", "sir", "dame", "prof",
 *     "rev"), folded; null if none
 */
public record PrintedName(
    Kind kind,
    String printed,
    List<String> words,
    String lordName,
    String lordOfName,
    String constituency,
    String office,
    boolean chair,
    String honorific) {

  /** What a printed speaker name is. */
  public enum Kind {
    PERSON,
    PEER,
    CONSTITUENCY,
    CHAIR,
    COLLECTIVE,
    UNNAMED,
    OFFICE,
    EMPTY
  }

  private static final Pattern PARENS = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");
  private static final Set<String> CHAIR_WORDS =
      Set.of(
          "mr",
          "mister",
          "madam",
          "madame",
          "the",
          "deputy",
          "first",
          "second",
          "third",
          "temporary",
          "lord",
          "of",
          "ways",
          "and",
          "means",
          "committees",
          "committee",
          "chairman",
          "chairwoman",
          "chairperson",
          "chair",
          "speaker",
          "presiding",
          "officer",
          "elect",
          "principal");
  private static final Set<String> DISTINCTIVE =
      Set.of("dr", "sir", "dame", "prof", "professor", "rev", "revd", "reverend");
  private static final Set<String> CHAIR_HEADS =
      Set.of("speaker", "chair", "chairman", "chairwoman", "chairperson", "presiding");
  private static final Set<String> GROUP_WORDS =
      Set.of(
          "several",
          "some",
          "many",
          "other",
          "hon",
          "honourable",
          "right",
          "rt",
          "noble",
          "and",
          "the",
          "an",
          "a",
          "members",
          "member",
          "lords",
          "lord",
          "baronesses",
          "baroness",
          "peers",
          "peer",
          "ladies",
          "lady",
          "friends",
          "friend",
          "gallant",
          "learned",
          "opposition");
  private static final Set<String> PLURALS =
      Set.of("members", "lords", "baronesses", "peers", "ladies", "friends");
  private static final Set<String> SINGULARS =
      Set.of("member", "lord", "baroness", "peer", "lady", "friend");

  /** Takes a printed name apart; never fails (unusable input gives {@link Kind#EMPTY}). */
  public static PrintedName parse(String printed) {
    String s = printed == null ? "" : printed.strip().replaceAll("[:\\s]+$", "").strip();
    List<String> all = Names.words(s);
    if (all.isEmpty()) {
      return simple(Kind.EMPTY, printed);
    }
    if (GROUP_WORDS.containsAll(all) && all.stream().anyMatch(PLURALS::contains)) {
      return simple(Kind.COLLECTIVE, printed);
    }
    if (GROUP_WORDS.containsAll(all) && all.stream().anyMatch(SINGULARS::contains)) {
      return simple(Kind.UNNAMED, printed);
    }
    Matcher m = PARENS.matcher(s);
    if (m.matches()) {
      String outer = m.group(1).strip();
      String inner = m.group(2).strip();
      String fo = Names.fold(outer);
      if (isChair(outer)) {
        return name(inner, printed).around(outer, null, true);
      }
      if (fo.startsWith("the member for ")) {
        return name(inner, printed).around(null, memberFor(outer), false);
      }
      if (fo.startsWith("the ") || startsWithHonorific(inner)) {
        return name(inner, printed).around(outer, null, false);
      }
      return name(outer, printed).around(null, inner, false);
    }
    if (isChair(s)) {
      return new PrintedName(Kind.CHAIR, printed, List.of(), null, null, null, s, true, null);
    }
    if (Names.fold(s).startsWith("the member for ")) {
      return new PrintedName(
          Kind.CONSTITUENCY, printed, List.of(), null, null, memberFor(s), null, false, null);
    }
    return name(s, printed);
  }

  /** True for a chair title alone: "Mr Speaker", "Madam Deputy Speaker", "The Chairman". */
  public static boolean isChair(String text) {
    List<String> w = Names.words(text);
    return !w.isEmpty() && CHAIR_WORDS.containsAll(w) && w.stream().anyMatch(CHAIR_HEADS::contains);
  }

  private static PrintedName name(String text, String printed) {
    String s = text.strip();
    int comma = s.indexOf(',');
    if (comma > 0 && comma == s.lastIndexOf(',')) {
      // ParlaMint's "Hoyle, Lindsay Harvey"; not "The Minister of State, Home Office".
      String before = s.substring(0, comma).strip();
      String after = s.substring(comma + 1).strip();
      List<String> bw = Names.words(before);
      List<String> aw = Names.words(after);
      boolean office = !bw.isEmpty() && bw.get(0).equals("the");
      if (!office
          && !aw.isEmpty()
          && bw.size() <= 3
          && aw.size() <= 4
          && !Names.SUFFIXES.contains(Names.fold(after))) {
        s = after + " " + before;
      }
    }
    List<String> w = Names.words(s);
    int i = !w.isEmpty() && w.get(0).equals("the") ? 1 : 0;
    if (i < w.size() && Names.PEER_TITLES.contains(w.get(i))) {
      return peer(w.subList(i + 1, w.size()), printed);
    }
    if (i == 1 && w.size() > 1 && !Names.HONORIFICS.contains(w.get(1))) {
      return new PrintedName(Kind.OFFICE, printed, List.of(), null, null, null, s, false, null);
    }
    List<String> personal = Names.personalWords(s);
    String title =
        w.stream()
            .limit(w.size() - personal.size())
            .filter(DISTINCTIVE::contains)
            .findFirst()
            .orElse(null);
    return personal.isEmpty()
        ? simple(Kind.EMPTY, printed)
        : new PrintedName(
            Kind.PERSON, printed, List.copyOf(personal), null, null, null, null, false, title);
  }

  private static PrintedName peer(List<String> rest, String printed) {
    List<String> r = rest;
    if (!r.isEmpty() && Names.PEER_TITLES.contains(r.get(0))) {
      r = r.subList(1, r.size()); // "The Lord Bishop of Leeds"
    }
    int of = r.indexOf("of");
    String name = String.join(" ", of < 0 ? r : r.subList(0, of));
    String place = of < 0 ? "" : String.join(" ", r.subList(of + 1, r.size()));
    if (name.isEmpty() && place.isEmpty()) {
      return simple(Kind.UNNAMED, printed);
    }
    return new PrintedName(
        Kind.PEER,
        printed,
        List.of(),
        name.isEmpty() ? null : name,
        place.isEmpty() ? null : place,
        null,
        null,
        false,
        null);
  }

  private PrintedName around(String office, String constituency, boolean chair) {
    Kind k = kind == Kind.PERSON && constituency != null ? Kind.CONSTITUENCY : kind;
    if (kind == Kind.EMPTY && constituency != null) {
      k = Kind.CONSTITUENCY;
    }
    return new PrintedName(
        k, printed, words, lordName, lordOfName, constituency, office, chair, honorific);
  }

  private static String memberFor(String text) {
    String t = text.strip();
    int at = t.toLowerCase(Locale.ROOT).indexOf("member for ");
    return t.substring(at + "member for ".length()).strip();
  }

  private static boolean startsWithHonorific(String text) {
    List<String> w = Names.words(text);
    return !w.isEmpty()
        && (Names.HONORIFICS.contains(w.get(0)) || Names.PEER_TITLES.contains(w.get(0)));
  }

  private static PrintedName simple(Kind kind, String printed) {
    return new PrintedName(kind, printed, List.of(), null, null, null, null, false, null);
  }

  /** True if the form names somebody who can be looked up. */
  public boolean named() {
    return kind == Kind.PERSON || kind == Kind.PEER || kind == Kind.CONSTITUENCY;
  }
}
