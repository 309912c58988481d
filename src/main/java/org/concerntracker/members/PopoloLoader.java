package org.concerntracker.members;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concerntracker.ingest.Dates;
import org.concerntracker.model.Reject;

/**
 * Reads Popolo JSON in the schema of mySociety parlparse {@code members/people.json}: {@code
 * persons} (with {@code other_names}: given/family names, honorific prefixes, peerage {@code
 * lordname}/{@code lordofname}, optional date ranges; or a {@code redirect} to the current id),
 * {@code organizations} (parties and chambers), {@code posts} (constituencies, with their {@code
 * area.other_names}) and {@code memberships} (person, party, post or chamber, dates). Unknown
 * fields are ignored; a person with no usable name is kept under its id.
 *
 * <p>A file that is not such an object (not JSON, an array, a number; {@code persons} missing or
 * not an array) is unreadable as a whole: {@link IOException}. Bad entries in a readable file are
 * skipped, each with a {@link Reject} (stage {@code members}) in {@link Parts#problems()}: an entry
 * that is not an object, a person without an id, a membership without a person, and a membership or
 * name form with a date that cannot be read ({@code 31/02/2024}) — skipped rather than read as
 * open-ended, which would make someone a member on days they were not.
 */
final class PopoloLoader {

  /** What the file holds, ready for {@link MemberRegistry}. */
  record Parts(
      Map<String, Person> persons,
      Map<String, String> redirects,
      Map<String, List<Membership>> memberships,
      Map<String, List<String>> constituencyAliases,
      List<Reject> problems) {}

  static final String STAGE = "members";

  /**
   * Longest name read: real names and peerage titles are well under 100 characters, and every name
   * is indexed and matched against every printed name, so a megabyte "name" is refused.
   */
  static final int MAX_NAME_CHARS = 500;

  private static String tooLong(String name) {
    return "name of " + name.length() + " characters (longer than " + MAX_NAME_CHARS + ")";
  }

  /** An entry that cannot be used; its message is the reject's reason. */
  private static final class BadEntry extends Exception {
    BadEntry(String reason) {
      super(reason, null, false, false);
    }
  }

  private PopoloLoader() {}

  static Parts load(InputStream json, String source) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    if (root == null || !root.isObject() || !root.has("persons")) {
      throw new IOException("members file is not a Popolo JSON object with persons");
    }
    for (String list : List.of("persons", "memberships", "organizations", "posts")) {
      if (root.has(list) && !root.get(list).isArray()) {
        throw new IOException("members file's " + list + " is not an array");
      }
    }
    List<Reject> problems = new ArrayList<>();
    Map<String, String> orgNames = new HashMap<>();
    for (JsonNode o : root.path("organizations")) {
      String id = text(o.path("id"));
      if (id != null) {
        orgNames.put(id, text(o.path("name")) == null ? id : text(o.path("name")));
      }
    }
    Map<String, String> postNames = new HashMap<>();
    Map<String, String> postHouses = new HashMap<>();
    Map<String, List<String>> aliases = new HashMap<>();
    for (JsonNode p : root.path("posts")) {
      String id = text(p.path("id"));
      String area = text(p.path("area").path("name"));
      if (id == null) {
        continue;
      }
      postNames.put(id, area == null ? text(p.path("label")) : area);
      postHouses.put(id, text(p.path("organization_id")));
      for (JsonNode alt : p.path("area").path("other_names")) {
        String n = alt.isTextual() ? alt.asText() : text(alt.path("name"));
        if (n != null && area != null) {
          aliases.computeIfAbsent(area, k -> new ArrayList<>()).add(n);
        }
      }
    }
    Map<String, Person> persons = new LinkedHashMap<>();
    Map<String, String> redirects = new HashMap<>();
    int i = 0;
    for (JsonNode p : root.path("persons")) {
      String where = "persons[" + i++ + "]";
      String id = p.isObject() ? text(p.path("id")) : null;
      if (!p.isObject() || id == null) {
        problems.add(
            reject(source, where, p.isObject() ? "person without an id" : "not a JSON object", p));
        continue;
      }
      if (text(p.path("redirect")) != null) {
        redirects.put(id, text(p.path("redirect")));
      } else {
        persons.put(id, person(id, p, source, problems));
      }
    }
    Map<String, List<Membership>> memberships = new HashMap<>();
    i = 0;
    for (JsonNode m : root.path("memberships")) {
      String id = m.isObject() ? text(m.path("id")) : null;
      String where = id != null ? "membership " + id : "memberships[" + i + "]";
      i++;
      String personId = m.isObject() ? text(m.path("person_id")) : null;
      if (!m.isObject() || personId == null) {
        problems.add(
            reject(
                source,
                where,
                m.isObject() ? "membership without a person_id" : "not a JSON object",
                m));
        continue;
      }
      String postId = text(m.path("post_id"));
      String org = text(m.path("organization_id"));
      String partyId = text(m.path("on_behalf_of_id"));
      try {
        LocalDate start = date(m, "start_date", true);
        LocalDate end = date(m, "end_date", false);
        memberships
            .computeIfAbsent(personId, x -> new ArrayList<>())
            .add(
                new Membership(
                    id,
                    personId,
                    partyId == null ? null : orgNames.getOrDefault(partyId, partyId),
                    postId == null ? null : postNames.get(postId),
                    houseName(org != null ? org : postId == null ? null : postHouses.get(postId)),
                    start,
                    end));
      } catch (BadEntry e) {
        problems.add(
            reject(source, where, e.getMessage() + ": membership of " + personId + " skipped", m));
      }
    }
    return new Parts(persons, redirects, memberships, aliases, List.copyOf(problems));
  }

  private static Reject reject(String source, String record, String reason, JsonNode entry) {
    return new Reject(source, record, STAGE, reason, entry == null ? null : entry.toString());
  }

  private static Person person(String id, JsonNode p, String source, List<Reject> problems) {
    List<PersonName> forms = new ArrayList<>();
    List<String> written = new ArrayList<>();
    PersonName main = null;
    for (JsonNode n : p.path("other_names")) {
      PersonName form;
      try {
        form = nameForm(n);
      } catch (BadEntry e) {
        problems.add(reject(source, "person " + id, e.getMessage() + ": name skipped", n));
        continue;
      }
      if (form == null) {
        continue;
      }
      forms.add(form);
      written.add(form.full());
      boolean isMain = "Main".equalsIgnoreCase(text(n.path("note")));
      if (!form.isPeerage() && (main == null || isMain && laterOrEqual(form, main))) {
        main = form;
      }
    }
    String given = text(p.path("name"));
    if (given != null && given.length() > MAX_NAME_CHARS) {
      problems.add(reject(source, "person " + id, tooLong(given) + ": name skipped", null));
      given = null;
    }
    if (given != null && !written.contains(given)) {
      forms.add(0, PersonName.of(given));
      written.add(0, given);
    }
    String name = given;
    if (name == null) {
      name = main != null ? main.full() : forms.isEmpty() ? id : forms.get(0).full();
    }
    return new Person(id, name, written, forms);
  }

  private static boolean laterOrEqual(PersonName a, PersonName b) {
    return b.start() == null || a.start() != null && !a.start().isBefore(b.start());
  }

  /** One {@code other_names} entry; null if it holds no name at all. */
  private static PersonName nameForm(JsonNode n) throws BadEntry {
    if (!n.isObject()) {
      throw new BadEntry("name entry is not a JSON object");
    }
    String prefix = text(n.path("honorific_prefix"));
    String lordName = text(n.path("lordname"));
    String lordOf = text(n.path("lordofname"));
    String given = text(n.path("given_name"));
    String family = text(n.path("family_name"));
    String full = text(n.path("name"));
    boolean peer = lordName != null || lordOf != null && prefix != null;
    if (full == null && peer) {
      full =
          (prefix == null ? "Lord" : prefix)
              + (lordName == null ? "" : " " + lordName)
              + (lordOf == null ? "" : " of " + lordOf);
    }
    if (full == null && (given != null || family != null)) {
      full = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }
    if (full == null) {
      return null;
    }
    if (full.length() > MAX_NAME_CHARS) {
      throw new BadEntry(tooLong(full));
    }
    if (!peer && family == null) {
      PersonName split = PersonName.of(full);
      given = split.given();
      family = split.family();
    }
    return new PersonName(
        full.strip(),
        peer ? null : given,
        peer ? null : family,
        prefix,
        peer ? lordName : null,
        peer ? lordOf : null,
        date(n, "start_date", true),
        date(n, "end_date", false));
  }

  /** A date field of an entry; null if absent; an unreadable one makes the entry bad. */
  private static LocalDate date(JsonNode entry, String field, boolean start) throws BadEntry {
    String raw = text(entry.path(field));
    LocalDate d = date(raw, start);
    if (raw != null && d == null) {
      throw new BadEntry("unreadable " + field + " '" + raw + "'");
    }
    return d;
  }

  /** Full dates, and parlparse's partial ones ("1999", "1999-11"): a year starts on 1 January. */
  static LocalDate date(String s, boolean start) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (t.matches("\\d{4}")) {
      int y = Integer.parseInt(t);
      return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
    }
    if (t.matches("\\d{4}-\\d{2}")) {
      YearMonth ym = YearMonth.parse(t);
      return start ? ym.atDay(1) : ym.atEndOfMonth();
    }
    return Dates.parse(t).orElse(null);
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

  static String text(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull() || n.asText().isBlank()
        ? null
        : n.asText().strip();
  }
}
