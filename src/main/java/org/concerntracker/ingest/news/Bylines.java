package org.concerntracker.ingest.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote an article, from its byline or its headline. Columns and op-eds in the British press
 * name their author in capitals at the head of the title ({@code "IAIN DUNCAN SMITH: We can't have
 * TikTok's HQ in Britain"}, or without the colon once a scraper has dropped punctuation: {@code
 * "TOM TUGENDHAT MP Beijing wants ..."}) or at its end ({@code "..., writes DAVID BLUNKETT"}).
 * Mixed-case {@code "Name: words"} headlines are left alone: there the name usually introduces a
 * quotation reported by a journalist, not an author.
 */
public final class Bylines {

  /** A capitalised word of a name: letters with inner apostrophes or hyphens, or an initial. */
  private static final String CAPS_WORD = "(?:[A-Z][A-Z'’\\-]*[A-Z]|[A-Z]\\.)";

  private static final Pattern LEADING =
      Pattern.compile("^(" + CAPS_WORD + "(?:\\s+" + CAPS_WORD + ")*)\\s*(:|\\s)\\s*(\\S.*)$");

  private static final Pattern TRAILING =
      Pattern.compile("(?:,\\s*|\\s+)writes\\s+(" + CAPS_WORD + "(?:\\s+" + CAPS_WORD + ")+)\\s*$");

  /** Words in capitals at the head of a headline that are not names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          ("BREAKING NEWS LIVE LATEST UPDATE UPDATES EXCLUSIVE WATCH VIDEO PICTURED "
                  + "REVEALED COMMENT OPINION ANALYSIS EDITORIAL REVIEW LETTERS UK US USA EU "
                  + "UN NHS BBC ITV PMQS PMQ COVID CORONAVIRUS BREXIT MORE HALF ALL NEW NOW "
                  + "TODAY TOMORROW WEEK DAY THE AND OF IN ON TO FOR WITH AT BY NO NOT WHY "
                  + "HOW WHAT WHO SPECIAL REPORT INVESTIGATION QUIZ POLL FACT CHECK TIKTOK "
                  + "CHINA HUAWEI GOVERNMENT PM POLICE WAR ALERT WARNING SHOCK RAT APT "
                  + "MALWARE RANSOMWARE BOTNET CVE API AI VPN IOT CEO FBI CIA NSA CISA GCHQ "
                  + "NCSC ICO FTC FCC SEC DOJ")
              .split(" "));

  /** Titles and post-nominals kept in the name as printed but not counted as its words. */
  private static final Set<String> AFFIXES =
      Set.of("MP", "QC", "KC", "MEP", "MSP", "SIR", "DAME", "LORD", "LADY", "BARONESS", "DR");

  private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");
  private static final Pattern FOR_OUTLET = Pattern.compile("\\s+(?i:for)\\s+(?i:the\\s+)?\\S.*$");
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bAND\\b)\\s*");

  private Bylines() {}

  /**
   * A byline as a name: "By " and "for the Daily Mail" removed, a trailing role after a comma
   * removed ("Jane Smith, Political Editor"), white space collapsed. Null for a blank byline or one
   * that is a URL (some sites put a profile link in {@code meta name=author}).
   */
  public static String clean(String byline) {
    String b = NewsText.clean(byline);
    if (b.isEmpty() || b.startsWith("http://") || b.startsWith("https://")) {
      return null;
    }
    b = b.split("\\s*[|•·]\\s*", 2)[0]; // "Sam Reporter | 5 March 2024"
    b = BY.matcher(b).replaceFirst("");
    b = FOR_OUTLET.matcher(b).replaceFirst("");
    int comma = b.indexOf(',');
    if (comma > 0 && b.substring(0, comma).strip().contains(" ")) {
      String rest = b.substring(comma + 1).strip();
      if (rest.isEmpty() || Character.isLowerCase(rest.charAt(0)) || looksLikeRole(rest)) {
        b = b.substring(0, comma);
      }
    }
    b = b.replaceAll("[|:–—-]+\\s*$", "").strip();
    return b.isEmpty() ? null : b;
  }

  /**
   * The article's author as the {@code speaker} field holds it: the op-ed author a headline names
   * with a colon or "writes" (a strong sign), else the cleaned byline, else an author the headline
   * names without punctuation ({@code "TOM TUGENDHAT MP Beijing wants ..."}: weaker, since acronyms
   * in capitals head headlines too, so it never overrides a byline).
   */
  public static String speaker(String title, String byline) {
    Optional<TitleAuthor> fromTitle = titleAuthor(title);
    if (fromTitle.isPresent() && fromTitle.get().marked()) {
      return fromTitle.get().name();
    }
    String b = clean(byline);
    return b != null ? b : fromTitle.map(TitleAuthor::name).orElse(null);
  }

  /** The op-ed author a headline names, as printed (without a trailing "MP"), if it names one. */
  public static Optional<String> fromTitle(String title) {
    return titleAuthor(title).map(TitleAuthor::name);
  }

  /**
   * A name at the head or tail of a headline; {@code marked} if a colon or "writes" sets it off.
   */
  private record TitleAuthor(String name, boolean marked) {}

  private static Optional<TitleAuthor> titleAuthor(String title) {
    String t = NewsText.clean(title);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Matcher trailing = TRAILING.matcher(t);
    if (trailing.find()) {
      return asName(trailing.group(1)).map(n -> new TitleAuthor(n, true));
    }
    Matcher leading = LEADING.matcher(t);
    if (leading.matches()) {
      boolean colon = leading.group(2).equals(":");
      return asName(leading.group(1)).map(n -> new TitleAuthor(n, colon));
    }
    return Optional.empty();
  }

  /** The separate names in a byline naming several people ("A and B", "A, B & C"). */
  public static List<String> names(String byline) {
    String b = clean(byline);
    if (b == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : SPLIT.split(b)) {
      String p = clean(part);
      if (p != null && !out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static Optional<String> asName(String capitals) {
    List<String> words = new ArrayList<>(List.of(capitals.strip().split("\\s+")));
    while (!words.isEmpty() && AFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    long nameWords = words.stream().filter(w -> !AFFIXES.contains(w)).count();
    if (nameWords < 2 || nameWords > 4) {
      return Optional.empty();
    }
    for (String w : words) {
      if (NOT_NAMES.contains(w.replaceAll("[^A-Z]", "").toUpperCase(Locale.ROOT))) {
        return Optional.empty();
      }
    }
    return Optional.of(String.join(" ", words));
  }

  private static boolean looksLikeRole(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.contains("editor")
        || l.contains("correspondent")
        || l.contains("reporter")
        || l.contains("columnist")
        || l.contains("writer")
        || l.contains("chief")
        || l.contains("staff");
  }
}
