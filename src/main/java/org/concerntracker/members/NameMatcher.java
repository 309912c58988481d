package org.concerntracker.members;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the members a printed name may refer to, scored (see {@link NameCandidate}'s constants) and
 * limited to those sitting on the date. Indexes every recorded name form by full name, by surname
 * (so "Mr McDonnell" and "John McDonnell" find "John Martin McDonnell") and by peerage title.
 * Forenames are compared with short forms and initials in mind; conflicting forenames ("Alasdair"
 * for "John") rule a member out.
 */
final class NameMatcher implements Serializable {

  /** One name form of one person, pre-folded. */
  private record Form(String personId, PersonName name, List<String> given, String fullKey)
      implements Serializable {}

  private final Map<String, List<Form>> byFull = new HashMap<>();
  private final Map<String, List<Form>> byFamily = new HashMap<>();
  private final Map<String, List<Form>> byLordName = new HashMap<>();
  private final Map<String, List<Form>> byLordOf = new HashMap<>();

  /**
   * Every word a name that matches can end with: the last word of every full name and family name,
   * every word of a peerage title, and the honorifics, titles and post-nominals a printed name may
   * end with (all folded).
   */
  private final java.util.Set<String> lastWords = new java.util.HashSet<>();

  NameMatcher(Collection<Person> persons) {
    for (Person p : persons) {
      for (PersonName n : p.nameForms()) {
        if (n.isPeerage()) {
          Form f = new Form(p.id(), n, List.of(), null);
          if (n.lordName() != null) {
            add(byLordName, Names.fold(n.lordName()), f);
          } else {
            add(byLordOf, Names.fold(n.lordOfName()), f);
          }
          continue;
        }
        String full = String.join(" ", Names.personalWords(n.full()));
        Form f = new Form(p.id(), n, Names.personalWords(n.given()), full);
        add(byFull, full, f);
        if (n.family() != null) {
          add(byFamily, String.join(" ", Names.words(n.family())), f);
        }
      }
    }
    for (Map<String, List<Form>> index : List.of(byFull, byFamily)) {
      for (String key : index.keySet()) {
        lastWords.add(key.substring(key.lastIndexOf(' ') + 1));
      }
    }
    for (Map<String, List<Form>> index : List.of(byLordName, byLordOf)) {
      for (String key : index.keySet()) {
        lastWords.addAll(List.of(key.split(" ")));
      }
    }
    lastWords.addAll(Names.HONORIFICS);
    lastWords.addAll(Names.PEER_TITLES);
    lastWords.addAll(Names.SUFFIXES);
  }

  /**
   * False only if no printed name ending with {@code word} can match anyone: a cheap test before
   * {@link #match}, for callers that try many capitalised word sequences (news member linking).
   * Words that are not plain ASCII letters are never ruled out (folding could change them).
   */
  boolean mayEndName(String word) {
    if (word.isEmpty()) {
      return true;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return true;
      }
    }
    return lastWords.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static void add(Map<String, List<Form>> index, String key, Form f) {
    if (!key.isEmpty()) {
      index.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
  }

  /** The members {@code query} may name on {@code date} in {@code house} (null: any). */
  NameMatches match(PrintedName query, LocalDate date, String house, MemberRegistry registry) {
    Map<String, NameCandidate> found = new LinkedHashMap<>();
    switch (query.kind()) {
      case PERSON -> personal(query.words(), query.honorific(), date, found);
      case PEER -> peer(query, date, found);
      case CONSTITUENCY -> {
        Set<String> holders = registry.holdersOn(query.constituency(), date);
        if (query.words().isEmpty()) {
          holders.forEach(id -> keep(found, id, NameCandidate.FULL, "constituency", registry));
        } else {
          Map<String, NameCandidate> named = new LinkedHashMap<>();
          personal(query.words(), query.honorific(), date, named);
          named.keySet().stream()
              .filter(holders::contains)
              .forEach(
                  id -> keep(found, id, NameCandidate.FULL, "constituency and name", registry));
        }
      }
      default -> {}
    }
    List<NameCandidate> sitting = new ArrayList<>();
    for (NameCandidate c : found.values()) {
      String id = c.personId();
      if (registry.sittingIn(id, date, house)) {
        sitting.add(named(c, registry));
      } else if (query.kind() == PrintedName.Kind.PEER
          && !"commons".equals(house)
          && registry.peerageInferable(id, date)) {
        // The registry knows the title but has no Lords dates (the corpus registry is Commons
        // only): a former MP addressed by that title after leaving the Commons is that peer.
        sitting.add(
            new NameCandidate(
                id,
                registry.name(id).orElse(c.name()),
                c.score(),
                c.how() + ", peerage inferred (no lords membership in the registry)"));
      }
    }
    sitting.sort(
        Comparator.comparingInt(NameCandidate::score)
            .reversed()
            .thenComparing(NameCandidate::personId));
    return new NameMatches(query, date, house, sitting);
  }

  private static NameCandidate named(NameCandidate c, MemberRegistry registry) {
    return new NameCandidate(
        c.personId(), registry.name(c.personId()).orElse(c.name()), c.score(), c.how());
  }

  private void personal(
      List<String> words, String honorific, LocalDate date, Map<String, NameCandidate> found) {
    for (Form f : byFull.getOrDefault(String.join(" ", words), List.of())) {
      if (f.name().usedOn(date)) {
        offer(found, f, NameCandidate.FULL, "full name");
      }
    }
    for (int k = 0; k < words.size(); k++) {
      String family = String.join(" ", words.subList(k, words.size()));
      List<String> forenames = words.subList(0, k);
      for (Form f : byFamily.getOrDefault(family, List.of())) {
        if (!f.name().usedOn(date)) {
          continue;
        }
        int score = forenameScore(forenames, f.given());
        if (score > 0) {
          boolean titled = honorific != null && honorific.equals(Names.fold(f.name().prefix()));
          offer(
              found,
              f,
              titled ? Math.min(NameCandidate.FULL, score + NameCandidate.TITLE_BONUS) : score,
              how(score) + (titled ? " and title" : ""));
        }
      }
    }
  }

  /** How well printed forenames fit recorded ones; 0 if they conflict. */
  static int forenameScore(List<String> printed, List<String> recorded) {
    if (printed.isEmpty() || recorded.isEmpty()) {
      return NameCandidate.SURNAME;
    }
    if (printed.equals(recorded)) {
      return NameCandidate.FULL;
    }
    String p = printed.get(0);
    String r = recorded.get(0);
    if (p.equals(r)) {
      return NameCandidate.FIRST_NAME;
    }
    if (p.length() > 1 && Nicknames.compatible(p, r)) {
      return NameCandidate.SHORT_FORM;
    }
    for (String later : printed.subList(1, printed.size())) {
      if (later.length() > 1 && Nicknames.compatible(later, r)) {
        return NameCandidate.OTHER_FORENAME;
      }
    }
    if (p.length() == 1 && r.startsWith(p)) {
      return NameCandidate.INITIAL;
    }
    return 0;
  }

  private static String how(int score) {
    return switch (score) {
      case NameCandidate.FULL -> "full name";
      case NameCandidate.FIRST_NAME -> "first name and surname";
      case NameCandidate.SHORT_FORM -> "short forename and surname";
      case NameCandidate.OTHER_FORENAME -> "another forename and surname";
      case NameCandidate.INITIAL -> "initial and surname";
      default -> "surname only";
    };
  }

  private void peer(PrintedName q, LocalDate date, Map<String, NameCandidate> found) {
    List<Form> forms =
        q.lordName() != null
            ? byLordName.getOrDefault(q.lordName(), List.of())
            : byLordOf.getOrDefault(q.lordOfName(), List.of());
    for (Form f : forms) {
      if (!f.name().usedOn(date)) {
        continue;
      }
      String of = f.name().lordOfName() == null ? null : Names.fold(f.name().lordOfName());
      if (q.lordOfName() == null || of == null) {
        boolean both = q.lordOfName() == null && of == null;
        offer(found, f, both ? NameCandidate.FULL : NameCandidate.PARTIAL_TITLE, "peerage title");
      } else if (q.lordOfName().equals(of)) {
        offer(found, f, NameCandidate.FULL, "peerage title");
      }
    }
  }

  private static void offer(Map<String, NameCandidate> found, Form f, int score, String how) {
    NameCandidate old = found.get(f.personId());
    if (old == null || old.score() < score) {
      found.put(f.personId(), new NameCandidate(f.personId(), f.name().full(), score, how));
    }
  }

  private static void keep(
      Map<String, NameCandidate> found, String id, int score, String how, MemberRegistry r) {
    found.put(id, new NameCandidate(id, r.name(id).orElse(id), score, how));
  }
}
