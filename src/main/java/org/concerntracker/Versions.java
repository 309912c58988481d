package org.concerntracker;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The versions of Concern Tracker and the libraries it was built with, as each run records them.
 */
public final class Versions {

  private Versions() {}

  /** {@code concern-tracker}, {@code corenlp}, {@code spark-build} and {@code java}. */
  public static Map<String, String> all() {
    Map<String, String> out = new TreeMap<>();
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
      }
    } catch (IOException e) {
      out.put("concern-tracker", "unknown");
    }
    out.put("java", System.getProperty("java.version"));
    return out;
  }

  public static String project() {
    return all().getOrDefault("concern-tracker", "unknown");
  }
}
