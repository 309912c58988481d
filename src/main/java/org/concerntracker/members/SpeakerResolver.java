package org.concerntracker.members;

import java.io.Serializable;
import java.util.Optional;
import org.concerntracker.model.Document;

/**
 * Gives a Hansard speech its speaker's person id and party on the speech's date, and records in
 * {@code resolution} how the id was found or why it was not:
 *
 * <ol>
 *   <li>{@code file-person-id}: the file names the person ({@code person_id=}); redirects are
 *       followed, and the id is kept even when the registry lacks the person (peers);
 *   <li>{@code member-id}: a legacy {@code speakerid} ({@code uk.org.publicwhip/member/N} or {@code
 *       .../lord/N}) that is a membership id in the registry;
 *   <li>{@code name-date: <how>}: the printed name fits exactly one member sitting in the speech's
 *       house on its date (see {@link MemberRegistry#candidates(String, java.time.LocalDate)});
 *   <li>otherwise no id, and the reason: {@code ambiguous: <ids> fit equally (...)}, {@code no
 *       member named '...' sitting in the commons on <date>}, {@code chair} (a chair title with
 *       nobody named), {@code collective} ("Several hon. Members"), {@code unnamed member}, {@code
 *       office without a name: ...}, {@code no speaker} (procedural text).
 * </ol>
 *
 * <p>Party: the registry's, from the membership covering the date; else the party the file gives
 * (ParlaMint metadata); else none. Stateless apart from the registry; safe to share.
 */
public final class SpeakerResolver implements Serializable {

  private static final String PERSON_PREFIX = "uk.org.publicwhip/person/";
  private static final String MEMBER_PREFIX = "uk.org.publicwhip/member/";
  private static final String LORD_PREFIX = "uk.org.publicwhip/lord/";

  private final MemberRegistry registry;

  public SpeakerResolver(MemberRegistry registry) {
    this.registry = registry;
  }

  public Document resolve(Document doc) {
    String ref = doc.speakerRef();
    if (ref != null && ref.startsWith(PERSON_PREFIX)) {
      return resolved(doc, registry.canonicalId(ref), "file-person-id");
    }
    boolean legacy = ref != null && (ref.startsWith(MEMBER_PREFIX) || ref.startsWith(LORD_PREFIX));
    if (legacy) {
      Optional<String> viaMembership = registry.personForMembership(ref);
      if (viaMembership.isPresent()) {
        return resolved(doc, viaMembership.get(), "member-id");
      }
    }
    if (doc.speaker() == null || doc.speaker().isBlank()) {
      return doc.withSpeaker(null, doc.party(), "no speaker");
    }
    NameMatches matches = registry.candidates(speakerName(doc), doc.date(), house(doc.house()));
    Optional<NameCandidate> best = matches.best();
    if (best.isPresent()) {
      String how = best.get().how();
      return resolved(
          doc,
          best.get().personId(),
          "name-date: " + (matches.query().chair() ? "chair occupant named, " + how : how));
    }
    String why = matches.problem().orElse("unresolved");
    if (legacy) {
      why += "; legacy id " + ref + " is not in the registry";
    }
    return doc.withSpeaker(null, doc.party(), why);
  }

  /**
   * The name to look up: as printed, or, for a bare chair title whose occupant the reader took from
   * the sitting's "[Mr. Joe Benton in the Chair]" heading, the office form that names them.
   */
  private static String speakerName(Document doc) {
    String office = doc.speakerOffice();
    if (office != null && PrintedName.isChair(doc.speaker()) && office.endsWith(")")) {
      return office;
    }
    return doc.speaker();
  }

  private Document resolved(Document doc, String personId, String how) {
    String party = registry.partyOn(personId, doc.date()).orElse(doc.party());
    return doc.withSpeaker(personId, party, how);
  }

  /** The house whose members may speak in a record of {@code house}; null: any. */
  static String house(String documentHouse) {
    if (documentHouse == null) {
      return null;
    }
    return switch (documentHouse) {
      case "commons", "westminster-hall" -> "commons";
      case "lords" -> "lords";
      default -> null;
    };
  }
}
