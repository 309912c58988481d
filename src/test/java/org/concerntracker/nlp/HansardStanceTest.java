package org.concerntracker.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.concerntracker.model.Stance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The speaker's stance in one-paragraph speeches, one phenomenon per row (real CoreNLP models). */
class HansardStanceTest {

  private static Stance speakerStance(String title, String text, String platform) {
    Map<String, Stance> s =
        Fixtures.stances(
            Fixtures.speech("uk.org.publicwhip/person/25906", "Alicia Kearns", title, text));
    return s.getOrDefault("25906|" + platform, null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          direct concern      | TikTok is a data harvesting operation that answers to the Chinese Communist Party. | TikTok | CONCERN
          espionage           | Huawei equipment gives Beijing a back door for espionage in our networks. | Huawei | CONCERN
          ban for security    | We must ban TikTok from government phones on national security grounds. | TikTok | CONCERN
          question raising    | Will the Minister ban Hikvision cameras, given the security risk they pose? | Hikvision | CONCERN
          negated reassurance | I am afraid that TikTok is not safe for anyone who handles sensitive data. | TikTok | CONCERN
          embassy disbelieved | The Chinese embassy claims that TikTok is perfectly safe; I do not believe a word of it. | TikTok | CONCERN
          no evidence         | There is no evidence that TikTok has shared the data of British users with the Chinese state. | TikTok | REASSURANCE
          overblown           | The fears about Zoom are overblown and the app is secure. | Zoom | REASSURANCE
          personal use        | I use TikTok to share news from my constituency with younger people. | TikTok | NEUTRAL
          content moderation  | TikTok fails to take down harmful content aimed at children. | TikTok | NEUTRAL
          mere mention        | Hundreds of messages were being shared on Facebook about the match. | Facebook | NEUTRAL
          likened platform    | The commissioner warned that Dahua, just like Hikvision, presents a serious security risk. | Hikvision | CONCERN
          likened, named one  | The commissioner warned that Dahua, just like Hikvision, presents a serious security risk. | Dahua | CONCERN
          users' data, a topic | TikTok has committed to storing UK users' data in Europe under independent oversight. | TikTok | NEUTRAL
          users' data, a worry | TikTok harvests user data for the Chinese state. | TikTok | CONCERN
          hyphenated cue       | Temu is a data-harvesting machine dressed up as a bargain bin. | Temu | CONCERN
          worry over yardstick | I worry that young people assume Telegram is as private as WhatsApp when it is nothing of the kind. | WhatsApp | NEUTRAL
          threat as yardstick  | That app poses as much threat to our security as Huawei. | Huawei | CONCERN
          conceded data access | TikTok collects a lot of data, certainly, but so do most of the apps on your phone. | TikTok | NEUTRAL
          nobody has shown     | Nobody has yet shown that the Temu app sold in this country does anything of the kind. | Temu | REASSURANCE
          """)
  void judgesTheSpeakersStance(String phenomenon, String text, String platform, Stance expected) {
    assertThat(speakerStance("Oral Answers", text, platform)).as(phenomenon).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          the app carries TikTok   | I have read the review of TikTok. The app collects the contact lists and location of every user for Beijing. | TikTok | CONCERN
          it carries Huawei        | Huawei supplies much of our 5G network. It is a high-risk vendor and must be stripped out. | Huawei | CONCERN
          """)
  void referencesBackCarryThePlatform(
      String phenomenon, String text, String platform, Stance expected) {
    assertThat(speakerStance("Telecoms", text, platform)).as(phenomenon).isEqualTo(expected);
  }
}
