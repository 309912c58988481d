package org.concerntracker.ingest.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The sample articles under {@code src/test/resources/news/}: the same three in each format. */
final class NewsFixtures {

  /** One sample article: its HTML page and the URL it is published under. */
  record Page(String file, String url) {}

  static final List<Page> PAGES =
      List.of(
          new Page(
              "oped-phones.html",
              "https://news.example.org/opinion/2024/03/05/our-phones-should-answer-to-us"),
          new Page(
              "council-cameras.html",
              "https://news.example.org/politics/2024/04/12/council-reviews-camera-contract"),
          new Page(
              "library-hours.html",
              "https://news.example.org/local/2024/05/20/library-opening-hours"));

  private NewsFixtures() {}

  static Path resource(String relative) {
    try {
      return Path.of(NewsFixtures.class.getResource("/news/" + relative).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource news/" + relative, e);
    }
  }

  static Path html(String file) {
    return resource("html/" + file);
  }

  static byte[] bytes(String relative) {
    try (InputStream in = NewsFixtures.class.getResourceAsStream("/news/" + relative)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource news/" + relative);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
