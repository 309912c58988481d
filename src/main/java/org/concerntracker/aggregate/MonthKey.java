package org.concerntracker.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The group a monthly tally counts: a member (or null, for platform-wide tallies), a platform, a
 * month (its first day) and a source.
 */
public record MonthKey(String personId, String platform, LocalDate month, String source)
    implements Serializable {

  /** The member × platform × month × source group of a judgement. */
  public static MonthKey perMember(DocumentJudgement j) {
    return new MonthKey(j.personId(), j.platform(), MonthlyTally.month(j.date()), j.source());
  }

  /** The platform × month × source group of a judgement. */
  public static MonthKey perPlatform(DocumentJudgement j) {
    return new MonthKey(null, j.platform(), MonthlyTally.month(j.date()), j.source());
  }
}
