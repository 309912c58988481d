package org.concerntracker.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concerntracker.model.Platform;
import org.concerntracker.nlp.PlatformCatalog;

/**
 * The evidence timeline behind one member's figures, for {@code explain}: the member's monthly
 * figures summed per platform, then every judged sentence, oldest first, with its stance, who holds
 * it, and where to read it (the article's URL, or TheyWorkForYou's page and the ParlParse id).
 *
 * <p>Its SQL keeps to what DuckDB and Spark SQL both accept, so it runs on either engine.
 */
public final class Explainer {

  /** A member found in the evidence, with how many evidence rows name them. */
  public record Person(String personId, String name, String party, long rows) {}

  /**
   * How to print.
   *
   * @param width the terminal's width; sentences wrap to fit it
   * @param color whether to use ANSI colours (stance in red or green, details dimmed)
   */
  public record Style(int width, boolean color) {
    public static final Style PLAIN = new Style(100, false);
  }

  private static final String PERSON_PREFIX = "uk.org.publicwhip/person/";

  private final QueryEngine engine;

  public Explainer(QueryEngine engine) {
    this.engine = engine;
  }

  /**
   * Members whose person id is {@code query} (or {@code uk.org.publicwhip/person/} + it), else
   * whose name is it (any case), else whose name contains it.
   */
  public List<Person> find(String query) {
    String q = query.strip();
    String id = q.matches("\\d+") ? PERSON_PREFIX + q : q;
    String lower = q.toLowerCase(Locale.ROOT);
    String select =
        "SELECT person_id, max_by(name, date) AS name, max_by(party, date) AS party, count(*) AS n"
            + " FROM evidence WHERE person_id IS NOT NULL AND ";
    List<Person> found =
        people(select + "(person_id = ? OR lower(name) = ?) GROUP BY person_id", id, lower);
    if (found.isEmpty()) {
      found =
          people(select + "lower(name) LIKE ? GROUP BY person_id ORDER BY 2, 1", "%" + lower + "%");
    }
    return found;
  }

  /** Members whose name shares a word with {@code query}, for a "did you mean" list. */
  public List<Person> suggest(String query) {
    Set<Person> out = new LinkedHashSet<>();
    for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+")) {
      if (word.length() >= 3) {
        out.addAll(
            people(
                "SELECT person_id, max_by(name, date), max_by(party, date), count(*) FROM evidence"
                    + " WHERE person_id IS NOT NULL AND lower(name) LIKE ? GROUP BY person_id"
                    + " ORDER BY 4 DESC, 2 LIMIT 5",
                "%" + word + "%"));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The platform name the evidence uses for {@code query}: the same name in any case, or the
   * catalogue's platform that has it as an alias ({@code bytedance} → TikTok).
   *
   * @throws IllegalArgumentException naming the platforms in the evidence if none matches
   */
  public String platform(String query) {
    List<String> known = new ArrayList<>();
    for (List<Object> r :
        engine.query("SELECT DISTINCT platform FROM evidence ORDER BY platform", 0).rows()) {
      known.add((String) r.get(0));
    }
    String q = query.strip();
    Optional<String> exact = known.stream().filter(k -> k.equalsIgnoreCase(q)).findFirst();
    if (exact.isPresent()) {
      return exact.get();
    }
    for (Platform p : PlatformCatalog.builtIn().platforms()) {
      List<String> names = new ArrayList<>(p.aliases());
      names.addAll(p.caseSensitiveAliases());
      names.add(p.name());
      if (names.stream().anyMatch(n -> n.equalsIgnoreCase(q))) {
        return p.name();
      }
    }
    throw new IllegalArgumentException(
        "--platform "
            + query
            + ": no such platform in the evidence; platforms there: "
            + String.join(", ", known));
  }

  /** Prints {@code p}'s figures and evidence; {@code platform} null for every platform. */
  public void print(Person p, String platform, boolean all, Style style, PrintWriter w) {
    Ansi a = new Ansi(style.color());
    w.println(
        a.bold(p.name())
            + " ("
            + p.personId()
            + ")"
            + (p.party() == null || p.party().isBlank() ? "" : ", " + p.party()));
    printFigures(p, platform, w);
    List<Sentence> sentences = sentences(p, platform, all);
    long undated = sentences.stream().filter(s -> s.date() == null).count();
    if (undated > 0) {
      w.printf(
          "  %d sentence%s below %s no date, so %s not in these figures.%n",
          undated,
          undated == 1 ? "" : "s",
          undated == 1 ? "has" : "have",
          undated == 1 ? "it is" : "they are");
    }
    long neutral = all ? 0 : neutralCount(p, platform);
    String about = platform == null ? "" : " about " + platform;
    if (sentences.isEmpty()) {
      w.printf(
          "%nNo %sevidence%s.%s%n",
          all ? "" : "concern or reassurance ",
          about,
          neutral > 0 ? " " + neutralNote(neutral) : "");
      return;
    }
    w.printf(
        "%n%d sentence%s%s, oldest first%s:%n",
        sentences.size(),
        sentences.size() == 1 ? "" : "s",
        about,
        all
            ? ""
            : " (concern and reassurance" + (neutral > 0 ? "; " + neutralNote(neutral) : "") + ")");
    for (Sentence s : sentences) {
      w.println();
      s.print(w, style, a);
    }
  }

  private static String neutralNote(long neutral) {
    return neutral + " neutral mention" + (neutral == 1 ? "" : "s") + " not shown: --all";
  }

  private void printFigures(Person p, String platform, PrintWriter w) {
    QueryResult r =
        engine.query(
            "SELECT platform, CAST(sum(concern) AS BIGINT), CAST(sum(reassurance) AS BIGINT),"
                + " CAST(sum(neutral) AS BIGINT),"
                + " CAST(sum(CASE WHEN source = 'hansard' THEN documents ELSE 0 END) AS BIGINT),"
                + " CAST(sum(CASE WHEN source = 'news' THEN documents ELSE 0 END) AS BIGINT),"
                + " min(first_date), max(last_date) FROM mp_platform_month WHERE person_id = ?"
                + (platform == null ? "" : " AND platform = ?")
                + " GROUP BY platform ORDER BY 2 DESC, 3 DESC, platform",
            0,
            args(p, platform));
    if (r.rows().isEmpty()) {
      w.printf("%n  No dated evidence, so no monthly figures.%n");
      return;
    }
    w.println();
    TextTable t =
        new TextTable(
                List.of(
                    "platform",
                    "concern",
                    "reassurance",
                    "neutral",
                    "hansard",
                    "news",
                    "first",
                    "last"),
                0)
            .alignRight(1, 2, 3, 4, 5);
    for (List<Object> row : r.rows()) {
      t.add(row.stream().map(ResultPrinter::text).toList());
    }
    t.print(w, "  ");
    w.println(
        "  (documents: each counts once, for the member's strongest stance in it; first and last"
            + " of any stance)");
  }

  private long neutralCount(Person p, String platform) {
    Object n =
        engine
            .query(
                "SELECT count(*) FROM evidence WHERE person_id = ? AND stance = 'neutral'"
                    + (platform == null ? "" : " AND platform = ?"),
                0,
                args(p, platform))
            .single();
    return n == null ? 0 : ((Number) n).longValue();
  }

  /** The member's evidence, one entry per (sentence, stance), platforms of that sentence merged. */
  private List<Sentence> sentences(Person p, String platform, boolean all) {
    QueryResult r =
        engine.query(
            "SELECT e.date, e.source, e.stance, e.platform, e.attribution, e.confidence,"
                + " e.sentence, e.cues, e.doc_id, e.sentence_index, coalesce(e.url, d.url),"
                + " d.title, d.publisher, d.house, d.origin FROM evidence e LEFT JOIN documents d"
                + " ON e.doc_id = d.doc_id WHERE e.person_id = ?"
                + (platform == null ? "" : " AND e.platform = ?")
                + (all ? "" : " AND e.stance <> 'neutral'")
                + " ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.stance, e.platform",
            0,
            args(p, platform));
    List<Sentence> out = new ArrayList<>();
    for (List<Object> row : r.rows()) {
      Sentence s = Sentence.of(row);
      Sentence last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.sameAs(s)) {
        out.set(out.size() - 1, last.withPlatform(s));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static Object[] args(Person p, String platform) {
    return platform == null ? new Object[] {p.personId()} : new Object[] {p.personId(), platform};
  }

  private List<Person> people(String sql, Object... params) {
    List<Person> out = new ArrayList<>();
    for (List<Object> r : engine.query(sql, 0, params).rows()) {
      out.add(
          new Person(
              (String) r.get(0),
              (String) r.get(1),
              (String) r.get(2),
              ((Number) r.get(3)).longValue()));
    }
    return out;
  }

  /** One judged sentence of the member's, with where it came from. */
  private record Sentence(
      Object date,
      String source,
      String stance,
      List<String> platforms,
      String attribution,
      double confidence,
      String text,
      List<String> cues,
      String docId,
      Object sentenceIndex,
      String url,
      String title,
      String publisher,
      String house,
      String origin) {

    static Sentence of(List<Object> r) {
      List<String> cues = new ArrayList<>();
      if (r.get(7) instanceof List<?> l) {
        l.forEach(c -> cues.add(String.valueOf(c)));
      }
      return new Sentence(
          r.get(0),
          (String) r.get(1),
          (String) r.get(2),
          List.of((String) r.get(3)),
          (String) r.get(4),
          ((Number) r.get(5)).doubleValue(),
          (String) r.get(6),
          cues,
          (String) r.get(8),
          r.get(9),
          (String) r.get(10),
          (String) r.get(11),
          (String) r.get(12),
          (String) r.get(13),
          (String) r.get(14));
    }

    boolean sameAs(Sentence o) {
      return docId.equals(o.docId)
          && String.valueOf(sentenceIndex).equals(String.valueOf(o.sentenceIndex))
          && stance.equals(o.stance);
    }

    Sentence withPlatform(Sentence o) {
      List<String> ps = new ArrayList<>(platforms);
      ps.addAll(o.platforms);
      List<String> cs = new ArrayList<>(cues);
      o.cues.stream().filter(c -> !cs.contains(c)).forEach(cs::add);
      return new Sentence(
          date,
          source,
          stance,
          ps,
          attribution,
          Math.max(confidence, o.confidence),
          text,
          cs,
          docId,
          sentenceIndex,
          url,
          title,
          publisher,
          house,
          origin);
    }

    void print(PrintWriter w, Style style, Ansi a) {
      String upper = stance.toUpperCase(Locale.ROOT);
      String head =
          String.format(
              "%-10s  %-7s  %s  %s",
              date == null ? "undated" : date.toString(),
              source,
              a.stance(stance, upper) + " ".repeat(Math.max(0, 11 - upper.length())),
              a.bold(String.join(", ", platforms)));
      w.println(
          head
              + a.dim(
                  "  · "
                      + attribution
                      + " · confidence "
                      + String.format(Locale.ROOT, "%.2f", confidence)));
      String indent = "    ";
      for (String line :
          wrap(text.replaceAll("\\s+", " ").strip(), style.width() - indent.length())) {
        w.println(indent + line);
      }
      String where = SourceLinks.url(docId, url);
      List<String> about = new ArrayList<>();
      if (title != null && !title.isBlank()) {
        about.add(title.strip());
      }
      if ("hansard".equals(source)) {
        about.add(house(house));
      } else if (publisher != null && !publisher.isBlank()) {
        about.add(publisher.strip());
      }
      if (where == null && origin != null) {
        about.add(origin);
      }
      w.println(indent + String.join(" · ", about));
      if (where != null) {
        w.println(indent + a.link(where));
      }
      w.println(
          indent
              + a.dim(
                  "doc " + docId + (cues.isEmpty() ? "" : " · cues: " + String.join(", ", cues))));
    }

    private static String house(String house) {
      if (house == null || house.isBlank()) {
        return "Hansard";
      }
      return switch (house) {
        case "commons" -> "House of Commons";
        case "lords" -> "House of Lords";
        case "westminster-hall" -> "Westminster Hall";
        default -> "Hansard (" + house + ")";
      };
    }
  }

  /** Words of {@code text} in lines of at most {@code width} characters (longer words alone). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > Math.max(20, width)) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** ANSI colours, or none. */
  private record Ansi(boolean on) {
    String bold(String s) {
      return on ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    String dim(String s) {
      return on ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    String link(String s) {
      return on ? "\u001b[4;36m" + s + "\u001b[0m" : s;
    }

    String stance(String stance, String s) {
      if (!on) {
        return s;
      }
      return switch (stance) {
        case "concern" -> "\u001b[1;31m" + s + "\u001b[0m";
        case "reassurance" -> "\u001b[1;32m" + s + "\u001b[0m";
        default -> "\u001b[2m" + s + "\u001b[0m";
      };
    }
  }
}
