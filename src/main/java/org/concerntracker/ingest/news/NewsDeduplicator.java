package org.concerntracker.ingest.news;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.concerntracker.ingest.DocIds;
import org.concerntracker.model.Document;

/**
 * Merges exact duplicate articles (syndicated copies, the same text under two URLs) into one
 * document. Two articles are duplicates when their {@link #textKey(Document)} is equal: the same
 * text once case, white space, paragraph breaks, Unicode compatibility forms and typographic quotes
 * and dashes are set aside. A text shorter than {@link #MIN_TEXT_ONLY_KEY} characters is too weak
 * to identify an article on its own ("Unknown", a single caption), so for those the title is part
 * of the key.
 *
 * <p>The merged document is independent of input order and stable across runs: its id is the
 * smallest id in the group, its other fields are those of that member (a missing date, title,
 * speaker or publisher taken from the next member in id order that has one), and {@code urls} holds
 * every member's URLs, sorted. Under Spark, group by {@link #textKey(Document)} and apply {@link
 * #mergeGroup(List)} to each group.
 */
public final class NewsDeduplicator {

  /** Texts shorter than this (normalised) are keyed together with their title. */
  public static final int MIN_TEXT_ONLY_KEY = 200;

  private NewsDeduplicator() {}

  /** One document per distinct text key, sorted by doc id. */
  public static List<Document> merge(List<Document> documents) {
    Map<String, List<Document>> groups = new LinkedHashMap<>();
    for (Document d : documents) {
      groups.computeIfAbsent(textKey(d), k -> new ArrayList<>()).add(d);
    }
    List<Document> merged = new ArrayList<>(groups.size());
    for (List<Document> group : groups.values()) {
      merged.add(mergeGroup(group));
    }
    merged.sort(Comparator.comparing(Document::docId));
    return merged;
  }

  /** Merges documents already known to share one text key (a non-empty group). */
  public static Document mergeGroup(List<Document> group) {
    if (group.isEmpty()) {
      throw new IllegalArgumentException("an empty group has nothing to merge");
    }
    if (group.size() == 1) {
      return group.get(0);
    }
    List<Document> sorted = new ArrayList<>(group);
    sorted.sort(
        Comparator.comparing(Document::docId)
            .thenComparing(d -> d.origin() == null ? "" : d.origin()));
    Document first = sorted.get(0);
    TreeSet<String> urls = new TreeSet<>();
    for (Document d : sorted) {
      urls.addAll(d.urls());
      if (d.url() != null) {
        urls.add(d.url());
      }
    }
    String url = first(sorted, Document::url);
    Document merged =
        new Document(
            first.docId(),
            first.source(),
            first(sorted, Document::date),
            first(sorted, Document::title),
            url != null ? url : urls.isEmpty() ? null : urls.first(),
            List.copyOf(urls),
            first.origin(),
            first(sorted, Document::speaker),
            first.speakerRef(),
            first.speakerOffice(),
            first.personId(),
            first.party(),
            first.house(),
            first(sorted, Document::publisher),
            first.text(),
            first.resolution());
    return merged;
  }

  /**
   * The grouping key: a SHA-256 (hex) of the normalised text, with the normalised title in front
   * when the text is short. Equal keys mean exact duplicates.
   */
  public static String textKey(Document d) {
    String text = normalise(d.text());
    if (text.length() < MIN_TEXT_ONLY_KEY) {
      text = normalise(d.title()) + "\u0000" + text;
    }
    return DocIds.sha256(text);
  }

  /** Case, white space, compatibility forms, quotes and dashes set aside. */
  static String normalise(String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(NewsText.clean(s), Normalizer.Form.NFKC);
    // One pass (issue 8; four regular-expression passes made this a tenth of the pipeline's CPU):
    // typographic quotes and dashes made plain, runs of white space (regex \s) made one space.
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c =
          switch (n.charAt(i)) {
            case '‘', '’', '‚', '‛', '′', '`', '´' -> '\'';
            case '“', '”', '„', '‟', '″' -> '"';
            case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
            default -> n.charAt(i);
          };
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        space = true;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString().strip().toLowerCase(Locale.ROOT);
  }

  private static <T> T first(List<Document> sorted, Function<Document, T> field) {
    for (Document d : sorted) {
      T v = field.apply(d);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
