package org.concerntracker.ingest.news;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.model.Document;

/**
 * Decides whether an article's author is a member: the name a headline gives to an op-ed ({@code
 * "IAIN DUNCAN SMITH: ..."}) is tried first, then each name in the byline. A name resolves when
 * exactly one member sitting on the article's date bears it ({@link MemberRegistry#byName(String,
 * LocalDate)}); a name two members share stays unresolved, and so does a byline naming two
 * different members. Pure and cheap: the NLP stage calls it once per article; serialisable with its
 * registry, so it can travel in a Spark closure or broadcast.
 */
public final class BylineMemberResolver implements Serializable {

  /**
   * The outcome for one article.
   *
   * @param personId the member's person id, or null
   * @param name the name that resolved (as printed), or null
   * @param how {@code title-name-date} or {@code byline-name-date} when resolved; otherwise why not
   *     ({@code no byline}, {@code not a member: NAME}, {@code ambiguous: NAME -> id1, id2}, ...),
   *     in the style of {@link Document#resolution()}
   */
  public record AuthorResolution(String personId, String name, String how) {

    public Optional<String> member() {
      return Optional.ofNullable(personId);
    }
  }

  private final MemberRegistry registry;

  public BylineMemberResolver(MemberRegistry registry) {
    this.registry = registry;
  }

  /**
   * The document with its member author as {@code personId} (and party at its date), the name as
   * {@code speaker} when the byline gave none, and how it was decided as {@code resolution}.
   */
  public Document withAuthor(Document d) {
    AuthorResolution a = resolve(d);
    String party =
        a.personId() == null ? null : registry.partyAt(a.personId(), d.date()).orElse(null);
    String speaker = d.speaker() == null && a.name() != null ? a.name() : d.speaker();
    return new Document(
        d.docId(),
        d.source(),
        d.date(),
        d.title(),
        d.url(),
        d.urls(),
        d.origin(),
        speaker,
        d.speakerRef(),
        d.speakerOffice(),
        a.personId(),
        party,
        d.house(),
        d.publisher(),
        d.text(),
        a.how());
  }

  /** Resolves the author of a news document from its title, its speaker (byline) and date. */
  public AuthorResolution resolve(Document doc) {
    return resolve(doc.title(), doc.speaker(), doc.date());
  }

  /** Resolves an author from a headline and a byline at a date (null: any date). */
  public AuthorResolution resolve(String title, String byline, LocalDate date) {
    Optional<String> fromTitle = Bylines.fromTitle(title);
    List<String> notes = new ArrayList<>();
    if (fromTitle.isPresent()) {
      List<String> ids = registry.byName(fromTitle.get(), date);
      if (ids.size() == 1) {
        return new AuthorResolution(ids.get(0), fromTitle.get(), "title-name-date");
      }
      notes.add(describe(fromTitle.get(), ids));
    }
    Set<String> members = new LinkedHashSet<>();
    String resolvedName = null;
    for (String name : Bylines.names(byline)) {
      if (fromTitle.isPresent() && name.equals(fromTitle.get())) {
        continue;
      }
      List<String> ids = registry.byName(name, date);
      if (ids.size() == 1) {
        members.add(ids.get(0));
        resolvedName = name;
      } else {
        notes.add(describe(name, ids));
      }
    }
    if (members.size() == 1) {
      return new AuthorResolution(members.iterator().next(), resolvedName, "byline-name-date");
    }
    if (members.size() > 1) {
      return new AuthorResolution(null, null, "byline names several members: " + members);
    }
    if (notes.isEmpty()) {
      return new AuthorResolution(null, null, "no byline");
    }
    return new AuthorResolution(null, null, String.join("; ", notes));
  }

  private static String describe(String name, List<String> ids) {
    return ids.isEmpty()
        ? "not a member: " + name
        : "ambiguous: " + name + " -> " + String.join(", ", ids);
  }
}
