package org.concerntracker.query;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a document can be read: its own URL, or TheyWorkForYou's page for a ParlParse id. */
public final class SourceLinks {

  /**
   * ParlParse id types and TheyWorkForYou's section for each, e.g. {@code
   * uk.org.publicwhip/debate/2023-03-16c.1053.1} is read at {@code
   * https://www.theyworkforyou.com/debates/?id=2023-03-16c.1053.1}.
   */
  private static final Map<String, String> SECTIONS =
      Map.of(
          "debate", "debates",
          "westminhall", "whall",
          "lords", "lords",
          "wrans", "wrans",
          "wms", "wms");

  private static final Pattern PARLPARSE_ID =
      Pattern.compile("uk\\.org\\.publicwhip/([a-z]+)/([0-9]{4}-[0-9]{2}-[0-9]{2}\\S*)");

  private SourceLinks() {}

  /** {@code url} if there is one, else TheyWorkForYou's page for a ParlParse id, else null. */
  public static String url(String docId, String url) {
    if (url != null && !url.isBlank()) {
      return url.strip();
    }
    return theyWorkForYou(docId);
  }

  /** TheyWorkForYou's page for a ParlParse speech id, or null for any other id. */
  public static String theyWorkForYou(String docId) {
    if (docId == null) {
      return null;
    }
    Matcher m = PARLPARSE_ID.matcher(docId);
    if (!m.matches() || !SECTIONS.containsKey(m.group(1))) {
      return null;
    }
    return "https://www.theyworkforyou.com/" + SECTIONS.get(m.group(1)) + "/?id=" + m.group(2);
  }
}
