package org.concerntracker.aggregate;

import java.io.Serializable;
import java.time.LocalDate;
import org.concerntracker.model.Evidence;
import org.concerntracker.model.Stance;

/**
 * A person's stance towards a platform in one document: the strongest of their evidence rows there
 * (concern, then reassurance, then neutral), as CONTRACT.md defines it.
 *
 * @param holder the person id, or {@code name:<as printed>} for a Hansard speaker without one
 */
public record DocumentJudgement(
    String docId,
    String holder,
    String personId,
    String name,
    String party,
    String platform,
    String source,
    LocalDate date,
    Stance stance)
    implements Serializable {

  public static DocumentJudgement of(Evidence e) {
    return new DocumentJudgement(
        e.docId(),
        e.personId() != null ? e.personId() : "name:" + e.name(),
        e.personId(),
        e.name(),
        e.party(),
        e.platform(),
        e.source().code(),
        e.date(),
        e.stance());
  }

  /** The key that makes judgements of one document, holder and platform the same judgement. */
  public String key() {
    return docId + "\u0000" + holder + "\u0000" + platform;
  }

  /** The stronger of two judgements of the same key (ties keep {@code this}). */
  public DocumentJudgement strongest(DocumentJudgement other) {
    return Stance.strongest(stance, other.stance) == stance ? this : other;
  }
}
