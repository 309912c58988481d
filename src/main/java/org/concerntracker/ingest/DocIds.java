package org.concerntracker.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identifiers: the same input gives the same id in every run, on every machine. */
public final class DocIds {

  private DocIds() {}

  /** {@code news:} and the first 16 hex digits of the SHA-256 of the URL. */
  public static String forUrl(String url) {
    return "news:" + sha256(url.strip()).substring(0, 16);
  }

  /** For an article with neither id nor URL: a hash of its title and text. */
  public static String forContent(String title, String text) {
    return "news:c" + sha256((title == null ? "" : title) + "\u0000" + text).substring(0, 15);
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes. */
  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
