package org.concerntracker.ingest.news;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on a web page's bytes, shared by the HTML and WARC readers: before parsing, whether the
 * page is refused outright (binary content, XML entity declarations); after extraction, what to say
 * about an article that is kept but damaged (undecodable bytes, a cut-off page).
 *
 * <p>Pages are decoded leniently, as browsers do: bytes the page's encoding cannot decode become
 * U+FFFD and the article is kept, with a rejects row saying so (unlike XML and JSON Lines, whose
 * encodings are strict and whose bad records are rejected). HTML parsers never expand DTD entities,
 * so an entity declaration cannot leak anything; but no real page declares one, so a page that does
 * is hostile or not HTML, and is refused unread.
 */
final class PageChecks {

  /** Bytes examined for binary content and entity declarations. */
  private static final int HEAD = 1 << 16;

  private static final Pattern ENTITY =
      Pattern.compile(
          "(?is)<!DOCTYPE[^>\\[]*\\[.*?<!ENTITY\\s+(%\\s*)?([^\\s\"'>]+)(\\s+(SYSTEM|PUBLIC)\\s+[\"']([^\"']*))?");
  private static final byte[] UTF8_REPLACEMENT = {(byte) 0xef, (byte) 0xbf, (byte) 0xbd};

  private PageChecks() {}

  /** Why a page must not be parsed at all, or empty if it may be. */
  static Optional<String> refusal(byte[] page) {
    int n = Math.min(page.length, HEAD);
    boolean utf16 =
        n >= 2
            && ((page[0] & 0xff) == 0xfe && (page[1] & 0xff) == 0xff
                || (page[0] & 0xff) == 0xff && (page[1] & 0xff) == 0xfe);
    if (!utf16) {
      int control = 0;
      for (int i = 0; i < n; i++) {
        int b = page[i] & 0xff;
        if (b == 0) {
          return Optional.of("binary content, not a web page (NUL byte at offset " + i + ")");
        }
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
          control++;
        }
      }
      if (n > 0 && control * 10 > n) {
        return Optional.of("binary content, not a web page (" + control + " control bytes)");
      }
    }
    Matcher m = ENTITY.matcher(new String(page, 0, n, StandardCharsets.ISO_8859_1));
    if (m.find()) {
      String external = m.group(4) == null ? "" : ", " + m.group(4) + " " + m.group(5);
      return Optional.of(
          "page declares XML entities in its DOCTYPE ('"
              + m.group(2)
              + "'"
              + external
              + "): HTML never uses them, so the page is refused unread");
    }
    return Optional.empty();
  }

  /** Remarks on an article that is kept; each becomes a rejects row beside the document. */
  static List<String> warnings(byte[] page, HtmlArticle a, boolean wholeFile) {
    List<String> out = new ArrayList<>();
    if ((holdsReplacement(a.text()) || holdsReplacement(a.title())) && !contains(page)) {
      out.add(
          "bytes the page's encoding cannot decode, shown as U+FFFD: article kept with them"
              + " replaced");
    }
    if (wholeFile && truncated(page)) {
      out.add("page ends before </html> (truncated?): article kept with the text read");
    }
    return out;
  }

  /** A page that opens {@code <html} but never closes it: a file cut off in transfer. */
  private static boolean truncated(byte[] page) {
    String head =
        new String(page, 0, Math.min(page.length, 4096), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    if (!head.contains("<html")) {
      return false;
    }
    int from = Math.max(0, page.length - 4096);
    String tail =
        new String(page, from, page.length - from, StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return !tail.contains("</html");
  }

  private static boolean holdsReplacement(String s) {
    return s != null && s.indexOf('\uFFFD') >= 0;
  }

  /** Whether the page itself holds U+FFFD (encoded as UTF-8): then it is not our doing. */
  private static boolean contains(byte[] page) {
    outer:
    for (int i = 0; i + 2 < page.length; i++) {
      for (int j = 0; j < 3; j++) {
        if (page[i + j] != UTF8_REPLACEMENT[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
