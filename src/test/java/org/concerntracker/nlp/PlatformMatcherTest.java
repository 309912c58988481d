package org.concerntracker.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformMatcherTest {

  private final PlatformMatcher matcher = new PlatformMatcher(PlatformCatalog.builtIn());

  private List<String> platforms(String text) {
    return matcher.find(text).stream().map(PlatformMatcher.Hit::platform).toList();
  }

  @Test
  void findsNamesAndAliasesAsCanonicalPlatforms() {
    assertThat(platforms("ByteDance owns TikTok; Tencent runs WeChat and Meta owns WhatsApp."))
        .containsExactly("TikTok", "TikTok", "WeChat", "WeChat", "Facebook", "WhatsApp");
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(platforms("A TikToker flew to Djibouti; the metadata was metallic.")).isEmpty();
    assertThat(platforms("TikTok's owner")).containsExactly("TikTok");
  }

  @Test
  void caseSensitiveNamesMatchOnlyAsWritten() {
    assertThat(platforms("Please zoom in; read the telegram; a meta-analysis; we met on Zoom."))
        .containsExactly("Zoom");
    assertThat(platforms("They met on zoom and posted on Telegram.")).containsExactly("Telegram");
  }

  @Test
  void caseInsensitiveNamesMatchAnyCase() {
    assertThat(platforms("HUAWEI and huawei and Tik Tok"))
        .containsExactly("Huawei", "Huawei", "TikTok");
  }

  @Test
  void longestNameWinsWhereNamesOverlap() {
    List<PlatformMatcher.Hit> hits = matcher.find("Zoom Video Communications said");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).surface()).isEqualTo("Zoom Video Communications");
    assertThat(hits.get(0).begin()).isZero();
    assertThat(hits.get(0).end()).isEqualTo(25);
  }

  @Test
  void reportsCharacterOffsets() {
    PlatformMatcher.Hit h = matcher.find("Ban Hikvision now").get(0);
    assertThat(h.begin()).isEqualTo(4);
    assertThat(h.end()).isEqualTo(13);
    assertThat(h.surface()).isEqualTo("Hikvision");
  }
}
