package org.concerntracker.ingest.news;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The article object in a page's JSON-LD ({@code <script type="application/ld+json">}), if any: a
 * schema.org {@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle}, {@code
 * OpinionNewsArticle} or {@code BlogPosting}, found at the top level, in an array or in {@code
 * @graph}. Broken JSON-LD is ignored: the page's other metadata still counts.
 */
final class JsonLd {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "Article",
          "NewsArticle",
          "ReportageNewsArticle",
          "OpinionNewsArticle",
          "AnalysisNewsArticle",
          "BackgroundNewsArticle",
          "BlogPosting",
          "Report");

  private final JsonNode article;

  private JsonLd(JsonNode article) {
    this.article = article;
  }

  static Optional<JsonLd> find(org.jsoup.nodes.Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        Optional<JsonNode> a = findArticle(root, 0);
        if (a.isPresent()) {
          return Optional.of(new JsonLd(a.get()));
        }
      } catch (java.io.IOException | RuntimeException e) {
        // not usable JSON-LD; the meta tags and the page itself remain
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> findArticle(JsonNode node, int depth) {
    if (node == null || depth > 4) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        Optional<JsonNode> a = findArticle(n, depth + 1);
        if (a.isPresent()) {
          return a;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    JsonNode type = node.get("@type");
    if (type != null) {
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return Optional.of(node);
        }
      }
    }
    return findArticle(node.get("@graph"), depth + 1);
  }

  String headline() {
    return text(article.get("headline"));
  }

  String datePublished() {
    String d = text(article.get("datePublished"));
    return d != null ? d : text(article.get("dateCreated"));
  }

  String url() {
    String u = text(article.get("url"));
    if (u != null) {
      return u;
    }
    JsonNode page = article.get("mainEntityOfPage");
    return page != null && page.isObject() ? text(page.get("@id")) : text(page);
  }

  String publisher() {
    return names(article.get("publisher"));
  }

  String author() {
    return names(article.get("author"));
  }

  /** A name, or several joined with ", ": from strings, objects with a name, or arrays of them. */
  private static String names(JsonNode node) {
    if (node == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : node.isArray() ? node : List.of(node)) {
      String name = n.isObject() ? text(n.get("name")) : text(n);
      if (name != null && !out.contains(name)) {
        out.add(name);
      }
    }
    return out.isEmpty() ? null : String.join(", ", out);
  }

  private static String text(JsonNode n) {
    return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText().strip() : null;
  }
}
