package org.concerntracker.members;

import java.io.Serializable;
import java.util.List;

/**
 * A member of either house, as the registry knows them.
 *
 * @param id the parlparse person id {@code uk.org.publicwhip/person/N}
 * @param name the registry's main name
 * @param names every name the registry records for the person (main and alternates, as written)
 */
public record Person(String id, String name, List<String> names) implements Serializable {

  public Person {
    names = names == null ? List.of() : List.copyOf(names);
  }
}
