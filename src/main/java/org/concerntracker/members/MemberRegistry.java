package org.concerntracker.members;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concerntracker.ingest.Dates;

/**
 * The members registry: persons, their names and their memberships with dates, read from Popolo
 * JSON in the schema of mySociety parlparse {@code members/people.json}. Immutable once loaded,
 * small enough to broadcast.
 */
public final class MemberRegistry implements Serializable {

  private final Map<String, Person> persons;
  private final Map<String, String> redirects;
  private final Map<String, List<Membership>> memberships;
  private final Map<String, Membership> membershipsById;
  private final Map<String, List<String>> byNameKey;

  private MemberRegistry(
      Map<String, Person> persons,
      Map<String, String> redirects,
      Map<String, List<Membership>> memberships) {
    this.persons = persons;
    this.redirects = redirects;
    this.memberships = memberships;
    this.membershipsById = new HashMap<>();
    memberships.values().forEach(ms -> ms.forEach(m -> membershipsById.put(m.id(), m)));
    this.byNameKey = new HashMap<>();
    for (Person p : persons.values()) {
      Set<String> keys = new LinkedHashSet<>();
      keys.add(Names.key(p.name()));
      p.names().forEach(n -> keys.add(Names.key(n)));
      for (String k : keys) {
        if (!k.isEmpty()) {
          byNameKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p.id());
        }
      }
    }
  }

  /** An empty registry: nobody resolves. */
  public static MemberRegistry empty() {
    return new MemberRegistry(Map.of(), Map.of(), Map.of());
  }

  /** Reads a parlparse-style {@code people.json}. */
  public static MemberRegistry load(InputStream json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    if (root == null || !root.isObject()) {
      throw new IOException("members file is not a JSON object with persons and memberships");
    }
    Map<String, String> orgNames = new HashMap<>();
    for (JsonNode o : root.path("organizations")) {
      orgNames.put(o.path("id").asText(), o.path("name").asText(o.path("id").asText()));
    }
    Map<String, String> postNames = new HashMap<>();
    Map<String, String> postHouses = new HashMap<>();
    for (JsonNode p : root.path("posts")) {
      postNames.put(p.path("id").asText(), text(p.path("area").path("name")));
      postHouses.put(p.path("id").asText(), text(p.path("organization_id")));
    }
    Map<String, Person> persons = new LinkedHashMap<>();
    Map<String, String> redirects = new HashMap<>();
    for (JsonNode p : root.path("persons")) {
      String id = text(p.path("id"));
      if (id == null) {
        continue;
      }
      if (p.hasNonNull("redirect")) {
        redirects.put(id, p.get("redirect").asText());
        continue;
      }
      List<String> names = new ArrayList<>();
      for (JsonNode n : p.path("other_names")) {
        String name = text(n.path("name"));
        if (name == null && n.hasNonNull("given_name")) {
          name = n.path("given_name").asText() + " " + n.path("family_name").asText("");
        }
        if (name != null) {
          names.add(name.strip());
        }
      }
      String main = text(p.path("name"));
      if (main == null && !names.isEmpty()) {
        main = names.get(0);
      }
      persons.put(id, new Person(id, main, names));
    }
    Map<String, List<Membership>> memberships = new HashMap<>();
    for (JsonNode m : root.path("memberships")) {
      String personId = text(m.path("person_id"));
      if (personId == null) {
        continue;
      }
      String postId = text(m.path("post_id"));
      String org = text(m.path("organization_id"));
      String house = org != null ? org : postId == null ? null : postHouses.get(postId);
      String partyId = text(m.path("on_behalf_of_id"));
      memberships
          .computeIfAbsent(personId, x -> new ArrayList<>())
          .add(
              new Membership(
                  text(m.path("id")),
                  personId,
                  partyId == null ? null : orgNames.getOrDefault(partyId, partyId),
                  postId == null ? null : postNames.get(postId),
                  houseName(house),
                  Dates.parse(text(m.path("start_date"))).orElse(null),
                  Dates.parse(text(m.path("end_date"))).orElse(null)));
    }
    return new MemberRegistry(persons, redirects, memberships);
  }

  private static String houseName(String org) {
    if (org == null) {
      return null;
    }
    return switch (org) {
      case "house-of-commons" -> "commons";
      case "house-of-lords" -> "lords";
      default -> org;
    };
  }

  private static String text(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull() || n.asText().isBlank() ? null : n.asText();
  }

  /** The person with this id, following the registry's redirects. */
  public Optional<Person> person(String personId) {
    if (personId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(persons.get(redirects.getOrDefault(personId, personId)));
  }

  /** The current id for a person id (redirects followed); the id itself if unknown. */
  public String canonicalId(String personId) {
    return redirects.getOrDefault(personId, personId);
  }

  /** The person a membership id belongs to (legacy Hansard {@code speakerid}). */
  public Optional<String> personForMembership(String membershipId) {
    Membership m = membershipsById.get(membershipId);
    return m == null ? Optional.empty() : Optional.of(canonicalId(m.personId()));
  }

  /** The person's memberships, in registry order. */
  public List<Membership> memberships(String personId) {
    return memberships.getOrDefault(canonicalId(personId), Collections.emptyList());
  }

  /**
   * The person's party on {@code date}: from the membership covering it, else the latest before it.
   */
  public Optional<String> partyAt(String personId, LocalDate date) {
    Membership best = null;
    for (Membership m : memberships(personId)) {
      if (m.party() == null) {
        continue;
      }
      if (m.covers(date)) {
        return Optional.of(m.party());
      }
      if (date != null
          && m.start() != null
          && !m.start().isAfter(date)
          && (best == null || m.start().isAfter(best.start()))) {
        best = m;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.party());
  }

  /** True if the person held a membership on {@code date} (any date, if null). */
  public boolean sittingOn(String personId, LocalDate date) {
    return memberships(personId).stream().anyMatch(m -> m.covers(date));
  }

  /** Persons any of whose names has this {@link Names#key(String)}, sitting on {@code date}. */
  public List<String> byName(String name, LocalDate date) {
    List<String> ids = byNameKey.getOrDefault(Names.key(name), List.of());
    List<String> sitting = new ArrayList<>();
    for (String id : ids) {
      if (sittingOn(id, date)) {
        sitting.add(id);
      }
    }
    return sitting;
  }

  /** The display name for a person id (the registry's main name). */
  public Optional<String> name(String personId) {
    return person(personId).map(Person::name);
  }

  public int size() {
    return persons.size();
  }
}
