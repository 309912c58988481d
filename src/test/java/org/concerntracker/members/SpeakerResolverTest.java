package org.concerntracker.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concerntracker.members.HardCases.P;
import static org.concerntracker.members.HardCases.speech;

import org.concerntracker.model.Document;
import org.junit.jupiter.api.Test;

/** The resolver's hard cases, against the hand-made registry {@code members/hard-cases.json}. */
class SpeakerResolverTest {

  private final SpeakerResolver resolver = new SpeakerResolver(HardCases.registry());

  private Document resolve(String speaker, String date) {
    return resolver.resolve(speech(speaker, null, date, "commons"));
  }

  @Test
  void keepsTheFilesPersonIdFollowingRedirects() {
    Document d = resolver.resolve(speech("Nigel Evans", P + "1099", "2023-03-28", "commons"));
    assertThat(d.personId()).isEqualTo(P + "1001");
    assertThat(d.party()).isEqualTo("Conservative");
    assertThat(d.resolution()).isEqualTo("file-person-id");
  }

  @Test
  void keepsAFilePersonIdTheRegistryLacks() {
    Document d = resolver.resolve(speech("Lord Somebody", P + "99999", "2023-03-28", "lords"));
    assertThat(d.personId()).isEqualTo(P + "99999");
    assertThat(d.party()).isNull();
    assertThat(d.resolution()).isEqualTo("file-person-id");
  }

  @Test
  void resolvesLegacyMemberAndLordIdsThroughMemberships() {
    Document commons =
        resolver.resolve(
            speech("Nigel Evans", "uk.org.publicwhip/member/40001", "2012-01-10", "commons"));
    assertThat(commons.personId()).isEqualTo(P + "1001");
    assertThat(commons.resolution()).isEqualTo("member-id");
    Document lords =
        resolver.resolve(
            speech("Lord Coaker", "uk.org.publicwhip/lord/100900", "2021-01-10", "lords"));
    assertThat(lords.personId()).isEqualTo(P + "1010");
    assertThat(lords.party()).isEqualTo("Labour");
  }

  @Test
  void fallsBackToTheNameWhenALegacyIdIsUnknown() {
    Document d =
        resolver.resolve(
            speech("Stephen Pound", "uk.org.publicwhip/member/1560", "2009-10-28", "commons"));
    assertThat(d.personId()).isEqualTo(P + "1017");
    assertThat(d.resolution()).isEqualTo("name-date: short forename and surname");
  }

  @Test
  void sameSurnameNeedsTheForenameOrADistinctiveTitle() {
    assertThat(resolve("Nigel Evans", "2023-03-28").personId()).isEqualTo(P + "1001");
    assertThat(resolve("Dr Luke Evans", "2023-03-28").personId()).isEqualTo(P + "1003");
    assertThat(resolve("Dr Evans", "2023-03-28").personId()).isEqualTo(P + "1003");
    Document bare = resolve("Mr Evans", "2023-03-28");
    assertThat(bare.personId()).isNull();
    assertThat(bare.resolution())
        .startsWith("ambiguous: " + P + "1001 (Nigel Evans), " + P + "1002 (Chris Evans), ")
        .contains(P + "1003 (Luke Evans)")
        .endsWith("fit equally (surname only)");
  }

  @Test
  void surnameAloneResolvesWhenOnlyOneSuchMemberSits() {
    // Before 2019-12-13 Luke Evans had no seat, but Nigel and Chris Evans both sat.
    assertThat(resolve("Mr Evans", "2015-01-01").resolution()).startsWith("ambiguous");
    assertThat(resolve("Mr Robertson", "2020-01-01").personId()).isEqualTo(P + "1004");
    assertThat(resolve("Mr Robertson", "2010-01-01").resolution()).startsWith("ambiguous");
  }

  @Test
  void constituencyFormsPickTheMemberForTheSeat() {
    Document d = resolve("The Member for Tewkesbury (Mr Robertson)", "2010-01-01");
    assertThat(d.personId()).isEqualTo(P + "1004");
    assertThat(d.resolution()).isEqualTo("name-date: constituency and name");
    assertThat(resolve("Mr. Robertson (Tewkesbury)", "2010-01-01").personId())
        .isEqualTo(P + "1004");
    assertThat(
            resolve("The Member for Islington South & Finsbury (Emily Thornberry)", "2010-01-01")
                .personId())
        .isEqualTo(P + "1019");
    assertThat(resolve("The Member for Moray (Mr Robertson)", "2010-01-01").personId())
        .isEqualTo(P + "1005");
  }

  @Test
  void byElectionMidPeriodChangesWhoHoldsTheSeat() {
    assertThat(resolve("The Member for Fakeshire North", "2012-02-01").personId())
        .isEqualTo(P + "1006");
    assertThat(resolve("The Member for Fakeshire North", "2012-06-01").personId())
        .isEqualTo(P + "1007");
    Document vacant = resolve("The Member for Fakeshire North", "2012-04-01");
    assertThat(vacant.personId()).isNull();
    assertThat(vacant.resolution())
        .isEqualTo("no member for Fakeshire North sitting in the commons on 2012-04-01");
    assertThat(resolve("Mr Firstholder", "2012-06-01").resolution())
        .isEqualTo("no member named 'Mr Firstholder' sitting in the commons on 2012-06-01");
  }

  @Test
  void partyIsTheOneHeldOnTheSpeechsDate() {
    assertThat(resolve("Anna Soubry", "2018-06-01").party()).isEqualTo("Conservative");
    assertThat(resolve("Anna Soubry", "2019-03-01").party())
        .isEqualTo("The Independent Group for Change");
    // Both memberships cover the day of the change; the one that starts then wins.
    assertThat(resolve("Anna Soubry", "2019-02-19").party())
        .isEqualTo("The Independent Group for Change");
  }

  @Test
  void knighthoodDoesNotChangeWhoItIs() {
    assertThat(resolve("Mr John Hayes", "2010-01-01").personId()).isEqualTo(P + "1009");
    Document sir = resolve("Sir John Hayes", "2020-01-01");
    assertThat(sir.personId()).isEqualTo(P + "1009");
    assertThat(sir.resolution()).isEqualTo("name-date: full name");
  }

  @Test
  void peerageTitleResolvesInTheLordsAfterTheCommons() {
    Document lords = resolver.resolve(speech("Lord Coaker", null, "2021-01-10", "lords"));
    assertThat(lords.personId()).isEqualTo(P + "1010");
    assertThat(lords.resolution()).isEqualTo("name-date: peerage title");
    Document asMp = resolver.resolve(speech("Vernon Coaker", null, "2015-01-10", "commons"));
    assertThat(asMp.personId()).isEqualTo(P + "1010");
    // The Commons name went out of use with the peerage, and peers do not sit in the Commons.
    assertThat(resolver.resolve(speech("Lord Coaker", null, "2021-01-10", "commons")).personId())
        .isNull();
  }

  @Test
  void peerageWithoutLordsDatesIsInferredAfterTheCommonsEnded() {
    Document d = resolver.resolve(speech("Lord Clarke of Nottingham", null, "2021-01-10", "lords"));
    assertThat(d.personId()).isEqualTo(P + "1011");
    assertThat(d.resolution()).contains("peerage inferred");
    // While he still sat in the Commons the title cannot be his.
    assertThat(
            resolver
                .resolve(speech("Lord Clarke of Nottingham", null, "2018-01-10", "lords"))
                .personId())
        .isNull();
    // "Lord Clarke" fits Clarke of Hampstead and Clarke of Nottingham equally.
    assertThat(resolver.resolve(speech("Lord Clarke", null, "2021-01-10", "lords")).resolution())
        .startsWith("ambiguous: " + P + "1011");
  }

  @Test
  void sameNameInDifferentPeriodsIsSettledByTheDate() {
    assertThat(resolve("John Smith", "2000-01-01").personId()).isEqualTo(P + "1013");
    assertThat(resolve("John Smith", "2016-01-01").personId()).isEqualTo(P + "1014");
    assertThat(resolve("Ian Paisley", "2005-01-01").personId()).isEqualTo(P + "1015");
    assertThat(resolve("Ian Paisley", "2012-01-01").personId()).isEqualTo(P + "1016");
    assertThat(resolver.resolve(speech("John Smith", null, null, "commons")).resolution())
        .startsWith("ambiguous: " + P + "1013 (John Smith), " + P + "1014 (John Smith)");
  }

  @Test
  void nameVariantsFromOtherNamesAndShortForms() {
    assertThat(resolve("Nus Ghani", "2020-01-01").personId()).isEqualTo(P + "1021");
    assertThat(resolve("Mrs Nusrat Ghani", "2020-01-01").personId()).isEqualTo(P + "1021");
    assertThat(resolve("Diana Johnson", "2020-01-01").personId()).isEqualTo(P + "1022");
    assertThat(resolve("J. Smith", "2016-01-01").resolution())
        .isEqualTo("name-date: initial and surname");
    assertThat(resolve("The Rt Hon Sir Iain Duncan Smith MP", "2020-01-01").personId())
        .isEqualTo(P + "1020");
    assertThat(resolve("Mr Duncan Smith", "2020-01-01").personId()).isEqualTo(P + "1020");
  }

  @Test
  void chairOccupantsResolveOnlyWhenNamed() {
    Document named = resolve("Mr Deputy Speaker (Mr Nigel Evans)", "2023-03-28");
    assertThat(named.personId()).isEqualTo(P + "1001");
    assertThat(named.resolution()).isEqualTo("name-date: chair occupant named, full name");
    Document bare = resolve("Madam Deputy Speaker", "2023-03-28");
    assertThat(bare.personId()).isNull();
    assertThat(bare.resolution()).isEqualTo("chair");
    assertThat(resolve("Mr Speaker", "2023-03-28").resolution()).isEqualTo("chair");
    Document fromHeading =
        resolver.resolve(
            speech(
                "The Chairman",
                null,
                "The Chairman (Mr. Joe Benton)",
                "2009-10-28",
                "westminster-hall",
                null));
    assertThat(fromHeading.personId()).isEqualTo(P + "1018");
    assertThat(fromHeading.speaker()).isEqualTo("The Chairman");
  }

  @Test
  void collectiveAndUnnamedSpeakersStayUnresolved() {
    assertThat(resolve("Several hon. Members", "2023-03-28").resolution()).isEqualTo("collective");
    assertThat(resolve("Hon. Members", "2023-03-28").resolution()).isEqualTo("collective");
    assertThat(resolve("Noble Lords", "2023-03-28").resolution()).isEqualTo("collective");
    assertThat(resolve("An hon. Member", "2023-03-28").resolution()).isEqualTo("unnamed member");
    assertThat(resolver.resolve(speech(null, null, "2023-03-28", "commons")).resolution())
        .isEqualTo("no speaker");
    assertThat(resolve("The Prime Minister", "2023-03-28").resolution())
        .isEqualTo("office without a name: The Prime Minister");
  }

  @Test
  void officeBesideTheNameIsNoObstacle() {
    Document d = resolve("The Minister for Europe (Nigel Evans)", "2023-03-28");
    assertThat(d.personId()).isEqualTo(P + "1001");
  }

  @Test
  void theFilesPartyIsKeptWhenTheRegistryHasNone() {
    Document unresolved =
        resolver.resolve(
            speech("Fowler, Peter", "#PeterFowler", null, "2020-02-12", "lords", "Independent"));
    assertThat(unresolved.personId()).isNull();
    assertThat(unresolved.party()).isEqualTo("Independent");
    assertThat(unresolved.resolution())
        .isEqualTo("no member named 'Fowler, Peter' sitting in the lords on 2020-02-12");
    Document resolved =
        resolver.resolve(
            speech("Evans, Nigel Martin", "#NigelEvans", null, "2020-02-12", "commons", "CON?"));
    assertThat(resolved.personId()).isEqualTo(P + "1001");
    assertThat(resolved.party()).isEqualTo("Conservative");
  }
}
