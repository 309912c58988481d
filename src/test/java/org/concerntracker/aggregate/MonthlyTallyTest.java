package org.concerntracker.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.concerntracker.model.Stance;
import org.junit.jupiter.api.Test;

class MonthlyTallyTest {

  private static DocumentJudgement j(
      String doc, String person, String party, String date, Stance s) {
    return new DocumentJudgement(
        doc,
        person,
        person,
        "Name " + person,
        party,
        "TikTok",
        "hansard",
        LocalDate.parse(date),
        s);
  }

  @Test
  void countsDocumentsByStanceWithFirstAndLastDates() {
    MonthlyTally t =
        new MonthlyTally()
            .add(j("d1", "p1", "Lab", "2023-03-16", Stance.CONCERN))
            .add(j("d2", "p1", "Lab", "2023-03-02", Stance.NEUTRAL))
            .add(j("d3", "p1", "Lab", "2023-03-30", Stance.REASSURANCE));
    assertThat(t.concern()).isEqualTo(1);
    assertThat(t.reassurance()).isEqualTo(1);
    assertThat(t.neutral()).isEqualTo(1);
    assertThat(t.documents()).isEqualTo(3);
    assertThat(t.first()).isEqualTo(LocalDate.of(2023, 3, 2));
    assertThat(t.last()).isEqualTo(LocalDate.of(2023, 3, 30));
  }

  @Test
  void mergingInAnyOrderGivesTheSameTally() {
    DocumentJudgement a = j("d1", "p1", "Lab", "2023-03-16", Stance.CONCERN);
    DocumentJudgement b = j("d2", "p2", "Con", "2023-03-20", Stance.CONCERN);
    DocumentJudgement c = j("d3", "p1", "Ind", "2023-03-25", Stance.NEUTRAL);
    MonthlyTally left = new MonthlyTally().add(a).merge(new MonthlyTally().add(b).add(c));
    MonthlyTally right =
        new MonthlyTally().add(c).merge(new MonthlyTally().add(b)).merge(new MonthlyTally().add(a));
    assertThat(left).isEqualTo(right);
    assertThat(left.personsConcerned()).isEqualTo(2);
    // Name and party come from the latest document, whatever the order.
    assertThat(left.party()).isEqualTo("Ind");
    assertThat(right.party()).isEqualTo("Ind");
  }

  @Test
  void monthIsTheFirstDay() {
    assertThat(MonthlyTally.month(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 1));
  }

  @Test
  void strongestJudgementOfADocumentWins() {
    DocumentJudgement neutral = j("d1", "p1", "Lab", "2023-03-16", Stance.NEUTRAL);
    DocumentJudgement reassurance = j("d1", "p1", "Lab", "2023-03-16", Stance.REASSURANCE);
    DocumentJudgement concern = j("d1", "p1", "Lab", "2023-03-16", Stance.CONCERN);
    assertThat(neutral.strongest(reassurance).stance()).isEqualTo(Stance.REASSURANCE);
    assertThat(reassurance.strongest(concern).stance()).isEqualTo(Stance.CONCERN);
    assertThat(concern.strongest(neutral).stance()).isEqualTo(Stance.CONCERN);
  }
}
