package org.concerntracker.aggregate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Tallies of document judgements for one group (a member × platform × month × source, or a platform
 * × month × source). Adding and merging are commutative and associative, so the result does not
 * depend on the order Spark feeds it. Counts are of documents: a member concerned about TikTok in
 * three sentences of one speech counts once.
 */
public final class MonthlyTally implements Serializable {

  private long concern;
  private long reassurance;
  private long neutral;
  private final TreeSet<String> documents = new TreeSet<>();
  private final TreeSet<String> concernedPersons = new TreeSet<>();
  private LocalDate first;
  private LocalDate last;
  private String latestKey; // date + doc id of the latest judgement, for name and party
  private String name;
  private String party;

  /** The first day of the month of {@code date}. */
  public static LocalDate month(LocalDate date) {
    return date.withDayOfMonth(1);
  }

  public MonthlyTally add(DocumentJudgement j) {
    switch (j.stance()) {
      case CONCERN -> {
        concern++;
        if (j.personId() != null) {
          concernedPersons.add(j.personId());
        }
      }
      case REASSURANCE -> reassurance++;
      case NEUTRAL -> neutral++;
    }
    documents.add(j.docId());
    first = first == null || j.date().isBefore(first) ? j.date() : first;
    last = last == null || j.date().isAfter(last) ? j.date() : last;
    String key = j.date() + "\u0000" + j.docId();
    if (latestKey == null || key.compareTo(latestKey) > 0) {
      latestKey = key;
      name = j.name();
      party = j.party();
    }
    return this;
  }

  public MonthlyTally merge(MonthlyTally o) {
    concern += o.concern;
    reassurance += o.reassurance;
    neutral += o.neutral;
    documents.addAll(o.documents);
    concernedPersons.addAll(o.concernedPersons);
    first = first == null || (o.first != null && o.first.isBefore(first)) ? o.first : first;
    last = last == null || (o.last != null && o.last.isAfter(last)) ? o.last : last;
    if (o.latestKey != null && (latestKey == null || o.latestKey.compareTo(latestKey) > 0)) {
      latestKey = o.latestKey;
      name = o.name;
      party = o.party;
    }
    return this;
  }

  public long concern() {
    return concern;
  }

  public long reassurance() {
    return reassurance;
  }

  public long neutral() {
    return neutral;
  }

  public long documents() {
    return documents.size();
  }

  public long personsConcerned() {
    return concernedPersons.size();
  }

  public LocalDate first() {
    return first;
  }

  public LocalDate last() {
    return last;
  }

  /** The name at the latest document of the group. */
  public String name() {
    return name;
  }

  /** The party at the latest document of the group. */
  public String party() {
    return party;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthlyTally t
        && concern == t.concern
        && reassurance == t.reassurance
        && neutral == t.neutral
        && documents.equals(t.documents)
        && Objects.equals(first, t.first)
        && Objects.equals(last, t.last);
  }

  @Override
  public int hashCode() {
    return Objects.hash(concern, reassurance, neutral, documents);
  }
}
