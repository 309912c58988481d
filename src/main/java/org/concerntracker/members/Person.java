package org.concerntracker.members;

import java.io.Serializable;
import java.util.List;

/**
 * A member of either house, as the registry knows them.
 *
 * @param id the parlparse person id {@code uk.org.publicwhip/person/N}
 * @param name the registry's main name (the latest non-peerage one when the registry gives none)
 * @param names every name the registry records for the person (main and alternates, as written)
 * @param nameForms the same names with their parts and dates, for matching
 */
public record Person(String id, String name, List<String> names, List<PersonName> nameForms)
    implements Serializable {

  public Person {
    names = names == null ? List.of() : List.copyOf(names);
    nameForms = nameForms == null ? List.of() : List.copyOf(nameForms);
  }

  /** A person known only by plain names (each split on its last word). */
  public Person(String id, String name, List<String> names) {
    this(id, name, names, names == null ? List.of() : names.stream().map(PersonName::of).toList());
  }
}
