package org.concerntracker.members;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everyone a printed name may refer to on a date, best first, and whether that settles who it is. A
 * name settles on one member only when exactly one candidate has the top score: two members who fit
 * equally well are {@link #ambiguous()}, never guessed between.
 *
 * @param query the printed name, taken apart
 * @param date the date the name was printed on (null: any date)
 * @param house the house the person must have sat in ({@code commons}, {@code lords}), or null
 * @param candidates members who fit, best first (ties in person-id order)
 */
public record NameMatches(
    PrintedName query, LocalDate date, String house, List<NameCandidate> candidates)
    implements Serializable {

  public NameMatches {
    candidates = List.copyOf(candidates);
  }

  /** The one member the name settles on, if it settles on one. */
  public Optional<NameCandidate> best() {
    if (candidates.isEmpty() || ambiguous()) {
      return Optional.empty();
    }
    return Optional.of(candidates.get(0));
  }

  /** True if two or more members share the top score. */
  public boolean ambiguous() {
    return candidates.size() > 1 && candidates.get(1).score() == candidates.get(0).score();
  }

  /** The members sharing the top score (one, if the name settles; none if nobody fits). */
  public List<NameCandidate> top() {
    if (candidates.isEmpty()) {
      return List.of();
    }
    int s = candidates.get(0).score();
    return candidates.stream().filter(c -> c.score() == s).toList();
  }

  /**
   * Why the name does not settle on one member, in words for {@code documents.resolution}:
   * "ambiguous: ...", "no member ...", or the kind of form printed ("collective", "chair", ...);
   * empty if it settles.
   */
  public Optional<String> problem() {
    if (best().isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (query.kind()) {
          case COLLECTIVE -> "collective";
          case UNNAMED -> "unnamed member";
          case CHAIR -> "chair";
          case OFFICE -> "office without a name: " + query.printed().strip();
          case EMPTY -> "no name";
          default -> ambiguous() ? ambiguity() : nobody();
        });
  }

  private String ambiguity() {
    StringBuilder b = new StringBuilder("ambiguous: ");
    List<NameCandidate> top = top();
    for (int i = 0; i < top.size(); i++) {
      NameCandidate c = top.get(i);
      b.append(i == 0 ? "" : ", ").append(c.personId()).append(" (").append(c.name()).append(')');
    }
    b.append(" fit equally");
    if (top.stream().map(NameCandidate::how).distinct().count() == 1) {
      b.append(" (").append(top.get(0).how()).append(')');
    }
    return b.toString();
  }

  private String nobody() {
    StringBuilder b = new StringBuilder("no member");
    if (query.constituency() != null) {
      b.append(" for ").append(query.constituency());
    }
    if (query.kind() == PrintedName.Kind.PEER || !query.words().isEmpty()) {
      b.append(" named '").append(query.printed().strip()).append('\'');
    }
    b.append(" sitting");
    if (house != null) {
      b.append(" in the ").append(house);
    }
    if (date != null) {
      b.append(" on ").append(date);
    }
    return b.toString();
  }
}
