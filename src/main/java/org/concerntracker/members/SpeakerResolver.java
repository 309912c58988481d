package org.concerntracker.members;

import java.util.List;
import org.concerntracker.model.Document;

/**
 * Gives a Hansard speech its speaker's person id and party at the speech's date: directly where the
 * file names the person, through the membership for a legacy member id, otherwise by name and date.
 * Ambiguity is never guessed: two members who fit leave the speech unresolved, and {@code
 * resolution} says so.
 */
public final class SpeakerResolver {

  private static final String PERSON_PREFIX = "uk.org.publicwhip/person/";
  private static final String MEMBER_PREFIX = "uk.org.publicwhip/member/";

  private final MemberRegistry registry;

  public SpeakerResolver(MemberRegistry registry) {
    this.registry = registry;
  }

  public Document resolve(Document doc) {
    String ref = doc.speakerRef();
    if (ref != null && ref.startsWith(PERSON_PREFIX)) {
      String id = registry.canonicalId(ref);
      return doc.withSpeaker(id, registry.partyAt(id, doc.date()).orElse(null), "file-person-id");
    }
    if (ref != null && ref.startsWith(MEMBER_PREFIX)) {
      var viaMembership = registry.personForMembership(ref);
      if (viaMembership.isPresent()) {
        String id = viaMembership.get();
        return doc.withSpeaker(id, registry.partyAt(id, doc.date()).orElse(null), "member-id");
      }
    }
    if (doc.speaker() == null) {
      return doc.withSpeaker(null, null, "no speaker");
    }
    List<String> ids = registry.byName(doc.speaker(), doc.date());
    if (ids.size() == 1) {
      String id = ids.get(0);
      return doc.withSpeaker(id, registry.partyAt(id, doc.date()).orElse(null), "name-date");
    }
    if (ids.isEmpty()) {
      return doc.withSpeaker(null, null, "no member of that name sitting on that date");
    }
    return doc.withSpeaker(null, null, "ambiguous: " + String.join(", ", ids));
  }
}
