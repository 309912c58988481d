package org.concerntracker.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.concerntracker.ingest.news.BylineMemberResolver;
import org.concerntracker.model.Attribution;
import org.concerntracker.model.Evidence;
import org.concerntracker.model.Stance;
import org.junit.jupiter.api.Test;

/** Who holds the views in news text (real CoreNLP models, the samples' members registry). */
class NewsAttributionTest {

  private static final String KEARNS = "25906";
  private static final String SEELY = "25645";

  /** The stances (member|platform) in an article with this text and no byline. */
  private static Map<String, Stance> news(String text) {
    return Fixtures.stances(Fixtures.article("News", null, text));
  }

  @Test
  void aQuotationBelongsToTheMemberItIsAttributedTo() {
    Map<String, Stance> s =
        news(
            "“TikTok is a data harvesting operation for the Chinese Communist Party,” said Alicia"
                + " Kearns, chair of the Foreign Affairs Committee.");
    assertThat(s).containsEntry(KEARNS + "|TikTok", Stance.CONCERN);
  }

  @Test
  void aSpokespersonsReassuranceIsNotTheMembers() {
    Map<String, Stance> s =
        news(
            "Alicia Kearns raised the matter in Parliament.\n\nA TikTok spokesperson said: “We do"
                + " not share user data with the Chinese government and the app is completely"
                + " safe.”");
    assertThat(s.getOrDefault(KEARNS + "|TikTok", Stance.NEUTRAL)).isEqualTo(Stance.NEUTRAL);
  }

  @Test
  void reportedSpeechBelongsToItsSubject() {
    Map<String, Stance> s =
        news("Bob Seely warned that Huawei equipment posed a threat to national security.");
    assertThat(s).containsEntry(SEELY + "|Huawei", Stance.CONCERN);
  }

  @Test
  void sheIsNotAMemberTheArticleCallsMr() {
    String text =
        "Bob Seely raised TikTok at a hearing on Tuesday. Mr Seely then left for his constituency."
            + "\n\nThe company's new head of policy answered the committee's questions.\n\nShe"
            + " warned that TikTok posed a security threat to its own staff.";
    assertThat(news(text)).doesNotContainEntry(SEELY + "|TikTok", Stance.CONCERN);
    // With "he", the same sentence is his.
    assertThat(news(text.replace("\n\nShe warned", "\n\nHe warned")))
        .containsEntry(SEELY + "|TikTok", Stance.CONCERN);
  }

  @Test
  void sheIsTheWomanNamedSinceTheMemberNotTheMember() {
    // The member's gender is unknown (no title); a peer who is not in the registry is named after
    // him, by title and then by surname alone, and "she" is hers (a real Daily Mail piece).
    String text =
        "Bob Seely in June pledged a world-beating service. Baroness Harding was put in charge of"
            + " it.\n\nYet Harding kept her head below the parapet.\n\nShe has said that TikTok"
            + " is a threat to national security.";
    assertThat(news(text)).doesNotContainKey(SEELY + "|TikTok");
    // Without the peer, "she" may be the member (the article gives no gender for him).
    assertThat(
            news(
                "Bob Seely in June pledged a world-beating service.\n\nShe has said that"
                    + " TikTok is a threat to national security."))
        .containsEntry(SEELY + "|TikTok", Stance.CONCERN);
  }

  @Test
  void aSurnameAloneIsWhoeverWasLastNamedByTitleWithIt() {
    String later =
        "\n\nBob Seely pledged a world-beating service.\n\nYet Harding stayed silent.\n\nShe has"
            + " said that TikTok is a threat to national security.";
    // "Harding" is the baroness: "she" is hers.
    assertThat(
            news(
                "Lord Harding was a field marshal. His granddaughter Baroness Harding took"
                    + " charge."
                    + later))
        .doesNotContainKey(SEELY + "|TikTok");
    // "Harding" is the field marshal, so "she" passes over him to the member.
    assertThat(
            news(
                "Baroness Harding took charge. Her grandfather Lord Harding was a field"
                    + " marshal."
                    + later))
        .containsEntry(SEELY + "|TikTok", Stance.CONCERN);
  }

  @Test
  void whatAMemberWasAskedAboutIsNotTheirView() {
    String text =
        "Asked about the security worries that led ministers to remove TikTok from government"
            + " phones, Bob Seely said he posted videos on it every week.";
    assertThat(news(text)).doesNotContainEntry(SEELY + "|TikTok", Stance.CONCERN);
    // The answer is his: a worry in the main clause counts.
    assertThat(
            news("Asked about TikTok, Bob Seely said the app was a threat to national security."))
        .containsEntry(SEELY + "|TikTok", Stance.CONCERN);
  }

  @Test
  void aQuotationParagraphWithNoAttributionGoesOnWithThePreviousSpeaker() {
    String member =
        "Bob Seely said the figures were alarming. \"These cameras answer to Beijing,\" he said."
            + "\n\n\"Hikvision has helped to build the most intrusive surveillance state the world"
            + " has ever seen.\"";
    assertThat(news(member)).containsEntry(SEELY + "|Hikvision", Stance.CONCERN);
    // A spokesperson's quotation before it: the paragraph is not the member's.
    String spokesperson =
        "Bob Seely raised the matter. \"We are proud of our record,\" a spokesperson said."
            + "\n\n\"Hikvision has helped to build the most intrusive surveillance state the world"
            + " has ever seen.\"";
    assertThat(news(spokesperson)).doesNotContainEntry(SEELY + "|Hikvision", Stance.CONCERN);
    // A quotation paragraph with an attribution of its own is not the previous speaker's.
    String own =
        "Bob Seely said the figures were alarming. \"These cameras answer to Beijing,\" he said."
            + "\n\n\"Hikvision takes the security and privacy of our users extremely seriously,\" a"
            + " company spokesperson said.";
    assertThat(news(own)).doesNotContainEntry(SEELY + "|Hikvision", Stance.CONCERN);
  }

  @Test
  void aCallForOthersToRestrictIsTheCallersConcernInASecurityStory() {
    // Councils would do the removing, at ministers' order, at the member's call: the call is his.
    var a =
        Fixtures.stances(
            Fixtures.article(
                "Councils urged to drop Chinese cameras",
                null,
                "Bob Seely called on ministers to order every council and NHS trust to remove the"
                    + " Hikvision cameras."));
    assertThat(a).containsEntry(SEELY + "|Hikvision", Stance.CONCERN);
  }

  @Test
  void everyMemberOfAListSharesTheLettersView() {
    Map<String, Stance> s =
        news(
            "A group of MPs including Nusrat Ghani, Tim Loughton and Layla Moran signed a letter"
                + " saying Hikvision cameras should be removed because of the security risk.");
    assertThat(s)
        .containsEntry("25354|Hikvision", Stance.CONCERN)
        .containsEntry("10371|Hikvision", Stance.CONCERN)
        .containsEntry("25689|Hikvision", Stance.CONCERN);
  }

  @Test
  void aMemberMerelyMentionedIsNeutral() {
    Map<String, Stance> s =
        news("TikTok wrote to Alicia Kearns to say that it stores British users' data in Ireland.");
    assertThat(s).containsEntry(KEARNS + "|TikTok", Stance.NEUTRAL);
  }

  @Test
  void anOpEdsFirstPersonViewsBelongToItsMemberAuthor() {
    var a =
        Fixtures.ANALYZER.analyze(
            new BylineMemberResolver(Fixtures.REGISTRY)
                .withAuthor(
                    Fixtures.article(
                        "IAIN DUNCAN SMITH: Keep TikTok out",
                        null,
                        "I believe TikTok is a Trojan horse for the Chinese state, and it must not"
                            + " be allowed to base itself in London.")));
    assertThat(a.evidence())
        .anySatisfy(
            e -> {
              assertThat(e.personId()).isEqualTo("uk.org.publicwhip/person/10180");
              assertThat(e.attribution()).isEqualTo(Attribution.AUTHOR);
              assertThat(e.stance()).isEqualTo(Stance.CONCERN);
            });
  }

  @Test
  void nonMembersGetNoJudgement() {
    var a =
        Fixtures.ANALYZER.analyze(
            Fixtures.article(
                "Chew testifies",
                null,
                "Shou Zi Chew said TikTok had never shared data with the Chinese government."));
    assertThat(a.evidence()).extracting(Evidence::personId).allMatch(p -> p != null);
    assertThat(a.evidence()).isEmpty();
  }
}
