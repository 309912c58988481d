package org.concerntracker.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concerntracker.members.PrintedName.Kind;
import org.junit.jupiter.api.Test;

class PrintedNameTest {

  @Test
  void dropsHonorificsAndPostNominals() {
    PrintedName p = PrintedName.parse("The Rt. Hon. Sir Iain Duncan Smith MP");
    assertThat(p.kind()).isEqualTo(Kind.PERSON);
    assertThat(p.words()).containsExactly("iain", "duncan", "smith");
    assertThat(p.honorific()).isEqualTo("sir");
    assertThat(PrintedName.parse("Mr. Joe Benton").words()).containsExactly("joe", "benton");
  }

  @Test
  void readsSurnameCommaForenames() {
    assertThat(PrintedName.parse("Hoyle, Lindsay Harvey").words())
        .containsExactly("lindsay", "harvey", "hoyle");
    assertThat(PrintedName.parse("The Minister of State, Home Office").kind())
        .isEqualTo(Kind.OFFICE);
  }

  @Test
  void readsPeerageTitles() {
    PrintedName p = PrintedName.parse("Lord Clarke of Nottingham");
    assertThat(p.kind()).isEqualTo(Kind.PEER);
    assertThat(p.lordName()).isEqualTo("clarke");
    assertThat(p.lordOfName()).isEqualTo("nottingham");
    PrintedName earl = PrintedName.parse("The Earl of Courtown");
    assertThat(earl.lordName()).isNull();
    assertThat(earl.lordOfName()).isEqualTo("courtown");
    assertThat(PrintedName.parse("Baroness Neville-Rolfe").lordName()).isEqualTo("neville rolfe");
  }

  @Test
  void readsConstituencyOfficeAndChairForms() {
    PrintedName member = PrintedName.parse("The Member for Tewkesbury (Mr Robertson)");
    assertThat(member.kind()).isEqualTo(Kind.CONSTITUENCY);
    assertThat(member.constituency()).isEqualTo("Tewkesbury");
    assertThat(member.words()).containsExactly("robertson");
    assertThat(PrintedName.parse("Mr. Robertson (Tewkesbury)").constituency())
        .isEqualTo("Tewkesbury");
    PrintedName office = PrintedName.parse("The Minister for Europe (Chris Bryant)");
    assertThat(office.office()).isEqualTo("The Minister for Europe");
    assertThat(office.words()).containsExactly("chris", "bryant");
    PrintedName chair = PrintedName.parse("Madam Deputy Speaker (Dame Rosie Winterton)");
    assertThat(chair.chair()).isTrue();
    assertThat(chair.words()).containsExactly("rosie", "winterton");
    assertThat(chair.honorific()).isEqualTo("dame");
  }

  @Test
  void recognisesChairsGroupsAndOffices() {
    for (String chair :
        List.of(
            "Mr Speaker",
            "Madam Deputy Speaker",
            "The Chairman",
            "The Chair",
            "The Deputy Chairman of Committees",
            "The Lord Speaker",
            "The Second Deputy Chairman of Ways and Means")) {
      assertThat(PrintedName.parse(chair).kind()).as(chair).isEqualTo(Kind.CHAIR);
    }
    assertThat(PrintedName.parse("Several hon. Members").kind()).isEqualTo(Kind.COLLECTIVE);
    assertThat(PrintedName.parse("Hon. Members:").kind()).isEqualTo(Kind.COLLECTIVE);
    assertThat(PrintedName.parse("Noble Lords").kind()).isEqualTo(Kind.COLLECTIVE);
    assertThat(PrintedName.parse("An hon. Member").kind()).isEqualTo(Kind.UNNAMED);
    assertThat(PrintedName.parse("A noble Lord").kind()).isEqualTo(Kind.UNNAMED);
    assertThat(PrintedName.parse("The Prime Minister").kind()).isEqualTo(Kind.OFFICE);
    assertThat(PrintedName.parse("  ").kind()).isEqualTo(Kind.EMPTY);
  }
}
