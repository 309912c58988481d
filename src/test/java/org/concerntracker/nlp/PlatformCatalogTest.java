package org.concerntracker.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.concerntracker.model.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformCatalogTest {

  @Test
  void shipsThePlatformsTheIssueNames() {
    assertThat(PlatformCatalog.builtIn().platforms().stream().map(Platform::name))
        .contains(
            "TikTok",
            "Huawei",
            "Hikvision",
            "Dahua",
            "ZTE",
            "WeChat",
            "DJI",
            "Kaspersky",
            "Zoom",
            "Facebook",
            "WhatsApp",
            "Instagram",
            "Telegram",
            "Temu",
            "Shein",
            "Pegasus",
            "Clearview AI");
    Platform tiktok = PlatformCatalog.builtIn().platform("TikTok").orElseThrow();
    assertThat(tiktok.owner()).isEqualTo("ByteDance");
    assertThat(tiktok.aliases()).contains("Tik Tok", "ByteDance", "Douyin");
  }

  @Test
  void extensionAddsPlatformsAndAliases(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("extra.tsv");
    Files.writeString(
        file, "# mine\nNuctech\t\tTsinghua Tongfang\t\nBYD\tBYD Auto\tBuild Your Dreams\tBYD\n");
    PlatformCatalog c = PlatformCatalog.withExtension(file);
    assertThat(c.platform("Nuctech").orElseThrow().aliases()).contains("Tsinghua Tongfang");
    assertThat(c.platform("BYD").orElseThrow().caseSensitiveAliases()).containsExactly("BYD");
    PlatformMatcher m = new PlatformMatcher(c);
    assertThat(
            m.find("Tsinghua Tongfang scanners and BYD buses").stream()
                .map(PlatformMatcher.Hit::platform))
        .containsExactly("Nuctech", "BYD");
  }
}
