package org.concerntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.concerntracker.spark.SampleOutput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code explain} over the sample output: a member's figures, then their sentences and sources. */
class ExplainCommandTest {

  static String out;
  private final StringWriter o = new StringWriter();
  private final StringWriter e = new StringWriter();

  @BeforeAll
  static void sampleOutput() {
    out = SampleOutput.get().toString();
  }

  private int explain(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "explain";
    all[1] = "--out";
    all[2] = out;
    System.arraycopy(args, 0, all, 3, args.length);
    return Main.execute(new PrintWriter(o, true), new PrintWriter(e, true), all);
  }

  @Test
  void printsTheFiguresThenEachSentenceWithWhereToReadIt() {
    assertThat(explain("--mp", "Layla Moran", "--width", "100")).isZero();
    assertThat(o.toString().lines())
        .containsExactly(
            "Layla Moran (uk.org.publicwhip/person/25689), Liberal Democrat",
            "",
            "  platform   concern  reassurance  neutral  hansard  news  first       last",
            "  ---------  -------  -----------  -------  -------  ----  ----------  ----------",
            "  Hikvision        2            0        0        1     1  2022-07-05  2022-11-24",
            "  Dahua            1            0        0        1     0  2022-11-24  2022-11-24",
            "  (documents: each counts once, for the member's strongest stance in it; first and last"
                + " of any stance)",
            "",
            "2 sentences, oldest first (concern and reassurance):",
            "",
            "2022-07-05  news     CONCERN      Hikvision  · reported · confidence 0.88",
            "    A cross-party group of MPs including Nusrat Ghani, Tim Loughton and Layla Moran"
                + " signed a letter",
            "    saying Hikvision cameras should be removed from public buildings because of the"
                + " security risk",
            "    they pose.",
            "    Cross-party MPs urge ban on Chinese CCTV cameras · Example Post",
            "    https://news.example.org/2022/07/05/hikvision-letter",
            "    doc sample-news-004 · cues: restrict:remove, concern:security risk,"
                + " restrict+security-reason, holder:reported",
            "",
            "2022-11-24  hansard  CONCERN      Dahua, Hikvision  · speaker · confidence 0.87",
            "    Does the hon. Member agree that Dahua, like Hikvision, has supplied the cameras used"
                + " for the",
            "    mass surveillance of Uyghurs in Xinjiang, and that no public body should be buying"
                + " them?",
            "    Surveillance Cameras: Chinese Manufacturers · Westminster Hall",
            "    https://www.theyworkforyou.com/whall/?id=2022-11-24a.151.1",
            "    doc uk.org.publicwhip/westminhall/2022-11-24a.151.1 · cues: concern:surveil*,"
                + " concern:xinjiang");
  }

  @Test
  void sparkPrintsTheSameTimeline() {
    assertThat(explain("--mp", "dowden", "--all")).isZero();
    String duck = o.toString();
    o.getBuffer().setLength(0);
    assertThat(explain("--mp", "dowden", "--all", "--engine", "spark")).isZero();
    assertThat(o.toString()).isEqualTo(duck);
    assertThat(duck)
        .contains("4 sentences, oldest first:")
        .contains("2023-03-16  hansard  NEUTRAL      WeChat")
        .contains("2023-06-08  news     CONCERN      WeChat");
  }

  @Test
  void takesAnIdAndAPlatformAlias() {
    assertThat(explain("--mp", "25906", "--platform", "bytedance")).isZero();
    assertThat(o.toString())
        .contains("Alicia Kearns (uk.org.publicwhip/person/25906), Conservative")
        .contains("2 sentences about TikTok, oldest first")
        .contains("2023-03-14  news     CONCERN      TikTok  · quote · confidence 0.94")
        .contains("MPs demand TikTok ban on parliamentary phones · Example Times")
        .contains("https://www.theyworkforyou.com/debates/?id=2023-03-16c.1053.1");
  }

  @Test
  void saysWhatItLeftOutAndWhatTheFiguresLeaveOut() {
    assertThat(explain("--mp", "Iain Duncan Smith")).isZero();
    assertThat(o.toString())
        .contains("(concern and reassurance; 2 neutral mentions not shown: --all)")
        .contains("2020-08-30  news     CONCERN      TikTok  · author")
        // An article without a date: listed last, and said to be outside the monthly figures.
        .contains("1 sentence below has no date, so it is not in these figures.")
        .endsWith(
            "undated     news     CONCERN      Huawei  · reported · confidence 0.93\n"
                + "    Iain Duncan Smith has long argued that the company is a Trojan horse for the"
                + " Chinese state and\n"
                + "    should be kept out of Britain's networks.\n"
                + "    Explainer: why is Huawei controversial? · Example Tech\n"
                + "    https://news.example.org/undated/huawei-explainer\n"
                + "    doc sample-news-012 · cues: concern:trojan horse, concern:chinese state,"
                + " holder:reported\n");
  }

  @Test
  void anAmbiguousOrUnknownMemberIsAUsageErrorWithTheCandidates() {
    assertThat(explain("--mp", "Lord")).isEqualTo(2);
    assertThat(e.toString())
        .contains("--mp Lord: matches 3 members; give an id:")
        .contains("uk.org.publicwhip/person/13103  Lord Alton of Liverpool, 2 evidence rows");
    e.getBuffer().setLength(0);
    assertThat(explain("--mp", "Kerns Alicia")).isEqualTo(2);
    assertThat(e.toString())
        .contains("no member of that name or id in the evidence; did you mean:")
        .contains("uk.org.publicwhip/person/25906  Alicia Kearns (Conservative)");
  }

  @Test
  void anUnknownPlatformListsThePlatformsThere() {
    assertThat(explain("--mp", "25906", "--platform", "Facebok")).isEqualTo(2);
    assertThat(e.toString())
        .contains(
            "--platform Facebok: no such platform in the evidence; platforms there: Dahua,"
                + " Facebook, Hikvision");
  }

  @Test
  void colourOnlyWhenAsked() {
    assertThat(explain("--mp", "25906", "--color", "always")).isZero();
    assertThat(o.toString()).contains("\u001b[1;31mCONCERN\u001b[0m");
    o.getBuffer().setLength(0);
    assertThat(explain("--mp", "25906")).isZero();
    assertThat(o.toString()).doesNotContain("\u001b[");
  }
}
