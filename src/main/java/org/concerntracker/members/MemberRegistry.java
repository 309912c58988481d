package org.concerntracker.members;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The members registry: persons, their names and their memberships with dates, read from Popolo
 * JSON in the schema of mySociety parlparse {@code members/people.json} (see {@link PopoloLoader}).
 * Immutable once loaded and small enough to broadcast.
 *
 * <h2>Looking people up by name</h2>
 *
 * {@link #candidates(String, LocalDate)} is the one entry point for a name printed anywhere (a
 * Hansard speaker, a name in a news article). It takes the printed form apart ({@link PrintedName}:
 * titles and honorifics such as "Sir Iain Duncan Smith" or "Dr Luke Evans", "Surname, Forenames",
 * peerage titles, "The Member for Tewkesbury (Mr Robertson)", "Mr Deputy Speaker (Mr Nigel Evans)")
 * and returns every member who fits and sat on the date, each with a score: full name 100, first
 * name and surname 90 ("John McDonnell" for John Martin McDonnell), short forename 80 ("Nus Ghani",
 * "Steve Pound" for Stephen), initial 70, surname only 50 ("Mr Robertson"). {@link
 * NameMatches#best()} is present only when one member has the top score; {@link
 * NameMatches#ambiguous()} says when two or more share it, and {@link NameMatches#problem()} says
 * in words why nobody was settled on. Callers choose their own threshold: Hansard speakers accept
 * any unique best; a news mention might want 80 or more.
 *
 * <p>Assumes membership dates are inclusive and that a membership without a start or end date is
 * open on that side (the corpus registry's 2023 by-election winners have neither).
 */
public final class MemberRegistry implements Serializable {

  private final Map<String, Person> persons;
  private final Map<String, String> redirects;
  private final Map<String, List<Membership>> memberships;
  private final Map<String, Membership> membershipsById = new HashMap<>();
  private final Map<String, List<String>> byNameKey = new HashMap<>();
  private final Map<String, List<Membership>> bySeat = new HashMap<>();
  private final Map<String, String> seatAliases = new HashMap<>();
  private final NameMatcher matcher;
  private final List<org.concerntracker.model.Reject> problems;

  private MemberRegistry(PopoloLoader.Parts parts) {
    this.persons = parts.persons();
    this.redirects = parts.redirects();
    this.memberships = parts.memberships();
    this.problems = parts.problems();
    for (List<Membership> ms : memberships.values()) {
      for (Membership m : ms) {
        if (m.id() != null) {
          membershipsById.put(m.id(), m);
        }
        if (m.constituency() != null) {
          bySeat.computeIfAbsent(Names.placeKey(m.constituency()), k -> new ArrayList<>()).add(m);
        }
      }
    }
    parts
        .constituencyAliases()
        .forEach(
            (seat, aliases) ->
                aliases.forEach(a -> seatAliases.put(Names.placeKey(a), Names.placeKey(seat))));
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
    this.matcher = new NameMatcher(persons.values());
  }

  /** An empty registry: nobody resolves. */
  public static MemberRegistry empty() {
    return new MemberRegistry(
        new PopoloLoader.Parts(Map.of(), Map.of(), Map.of(), Map.of(), List.of()));
  }

  /** Reads a parlparse-style {@code people.json}. */
  public static MemberRegistry load(InputStream json) throws IOException {
    return load(json, "members");
  }

  /**
   * Reads a parlparse-style {@code people.json}; {@code source} names it in the rejects for bad
   * entries (see {@link #problems()}).
   *
   * @throws IOException if the file is not a Popolo object with a list of persons
   */
  public static MemberRegistry load(InputStream json, String source) throws IOException {
    return new MemberRegistry(PopoloLoader.load(json, source));
  }

  /**
   * Entries of the file that were skipped (stage {@code members}): not objects, a person without an
   * id, a membership without a person, an unreadable date. Empty for a clean file.
   */
  public List<org.concerntracker.model.Reject> problems() {
    return problems;
  }

  /** The person with this id, following the registry's redirects. */
  public Optional<Person> person(String personId) {
    if (personId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(persons.get(canonicalId(personId)));
  }

  /** The current id for a person id (redirects followed); the id itself if unknown. */
  public String canonicalId(String personId) {
    String id = personId;
    for (int hops = 0; hops < 10 && redirects.containsKey(id); hops++) {
      id = redirects.get(id);
    }
    return id;
  }

  /**
   * The person a membership id belongs to: a legacy Hansard {@code speakerid} such as {@code
   * uk.org.publicwhip/member/1779} or {@code uk.org.publicwhip/lord/100116}, when the registry is
   * parlparse's own (the corpus registry's membership ids are local and never match).
   */
  public Optional<String> personForMembership(String membershipId) {
    Membership m = membershipsById.get(membershipId);
    return m == null ? Optional.empty() : Optional.of(canonicalId(m.personId()));
  }

  /** The person's memberships, in registry order. */
  public List<Membership> memberships(String personId) {
    return memberships.getOrDefault(canonicalId(personId), Collections.emptyList());
  }

  /**
   * The person's party on {@code date}: from the membership covering it (the later-starting one
   * when a party change makes two cover the same day), else the latest before it.
   */
  public Optional<String> partyAt(String personId, LocalDate date) {
    Optional<String> on = partyOn(personId, date);
    if (on.isPresent() || date == null) {
      return on;
    }
    Membership best = null;
    for (Membership m : memberships(personId)) {
      if (m.party() != null
          && m.start() != null
          && !m.start().isAfter(date)
          && (best == null || m.start().isAfter(best.start()))) {
        best = m;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.party());
  }

  /** The party of the membership covering {@code date}, and nothing else. */
  public Optional<String> partyOn(String personId, LocalDate date) {
    Membership best = null;
    for (Membership m : memberships(personId)) {
      if (m.party() != null && m.covers(date) && (best == null || startsAfter(m, best))) {
        best = m;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.party());
  }

  private static boolean startsAfter(Membership a, Membership b) {
    return a.start() != null && (b.start() == null || a.start().isAfter(b.start()));
  }

  /** True if the person held a membership on {@code date} (any date, if null). */
  public boolean sittingOn(String personId, LocalDate date) {
    return memberships(personId).stream().anyMatch(m -> m.covers(date));
  }

  /**
   * True if the person held a membership of {@code house} ({@code commons}, {@code lords}; null:
   * any) on {@code date}. Memberships with no house recorded count for every house.
   */
  public boolean sittingIn(String personId, LocalDate date, String house) {
    return memberships(personId).stream()
        .anyMatch(
            m -> m.covers(date) && (house == null || m.house() == null || house.equals(m.house())));
  }

  /** Persons any of whose names has this {@link Names#key(String)}, sitting on {@code date}. */
  public List<String> byName(String name, LocalDate date) {
    List<String> sitting = new ArrayList<>();
    for (String id : byNameKey.getOrDefault(Names.key(name), List.of())) {
      if (sittingOn(id, date)) {
        sitting.add(id);
      }
    }
    return sitting;
  }

  /** Everyone a printed name may refer to on {@code date}, in any house (see class javadoc). */
  public NameMatches candidates(String printedName, LocalDate date) {
    return candidates(PrintedName.parse(printedName), date, null);
  }

  /**
   * False only if {@link #candidates(String, LocalDate)} finds no one for any printed name whose
   * last word is {@code word}: a cheap test for callers that try many word sequences.
   */
  public boolean mayEndName(String word) {
    return matcher.mayEndName(word);
  }

  /** As {@link #candidates(String, LocalDate)}, for members of {@code house} only. */
  public NameMatches candidates(String printedName, LocalDate date, String house) {
    return candidates(PrintedName.parse(printedName), date, house);
  }

  /** As {@link #candidates(String, LocalDate)}, for a name already taken apart. */
  public NameMatches candidates(PrintedName name, LocalDate date, String house) {
    return matcher.match(name, date, house, this);
  }

  /** Persons who held the seat on {@code date} (more than one only if it changed hands then). */
  public Set<String> holdersOn(String constituency, LocalDate date) {
    String key = Names.placeKey(constituency);
    key = seatAliases.getOrDefault(key, key);
    Set<String> ids = new LinkedHashSet<>();
    for (Membership m : bySeat.getOrDefault(key, List.of())) {
      if (m.covers(date)) {
        ids.add(canonicalId(m.personId()));
      }
    }
    return ids;
  }

  /**
   * True if a peerage title the registry records for the person can be taken to hold on {@code
   * date} although no Lords membership says so: the registry has no Lords memberships for them and
   * every membership it has ended before {@code date}.
   */
  boolean peerageInferable(String personId, LocalDate date) {
    List<Membership> ms = memberships(personId);
    return date != null
        && !ms.isEmpty()
        && ms.stream().noneMatch(m -> "lords".equals(m.house()))
        && ms.stream().allMatch(m -> m.end() != null && m.end().isBefore(date));
  }

  /** The display name for a person id (the registry's main name). */
  public Optional<String> name(String personId) {
    return person(personId).map(Person::name);
  }

  /** Every person id (redirect entries excluded), in registry order. */
  public Set<String> personIds() {
    return Collections.unmodifiableSet(persons.keySet());
  }

  public int size() {
    return persons.size();
  }
}
