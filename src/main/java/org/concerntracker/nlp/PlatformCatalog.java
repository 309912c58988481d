package org.concerntracker.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concerntracker.model.Platform;

/**
 * The platforms Concern Tracker looks for: canonical names, aliases and owners, read from the
 * {@code platforms.tsv} resource and optionally extended by a user's file in the same format
 * ({@code --platforms FILE}). An extension line naming an existing platform adds aliases to it.
 */
public final class PlatformCatalog implements Serializable {

  private static final String RESOURCE = "/org/concerntracker/nlp/platforms.tsv";

  private final Map<String, Platform> platforms;

  private PlatformCatalog(Map<String, Platform> platforms) {
    this.platforms = platforms;
  }

  /** The shipped catalogue. */
  public static PlatformCatalog builtIn() {
    try (InputStream in = PlatformCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("platform catalogue resource missing: " + RESOURCE);
      }
      return new PlatformCatalog(parse(in, new LinkedHashMap<>(), RESOURCE));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  /** The shipped catalogue extended by {@code file} (same format). */
  public static PlatformCatalog withExtension(Path file) throws IOException {
    Map<String, Platform> map = new LinkedHashMap<>(builtIn().platforms);
    try (InputStream in = Files.newInputStream(file)) {
      return new PlatformCatalog(parse(in, map, file.toString()));
    }
  }

  private static Map<String, Platform> parse(
      InputStream in, Map<String, Platform> into, String what) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String name = f[0].strip();
      if (name.isEmpty()) {
        throw new IOException(what + " line " + n + ": no platform name");
      }
      String owner = f.length > 1 && !f[1].isBlank() ? f[1].strip() : null;
      List<String> aliases = list(f.length > 2 ? f[2] : "");
      List<String> exact = list(f.length > 3 ? f[3] : "");
      Platform old = into.get(name);
      if (old != null) {
        aliases = union(old.aliases(), aliases);
        exact = union(old.caseSensitiveAliases(), exact);
        owner = owner == null ? old.owner() : owner;
      }
      into.put(name, new Platform(name, aliases, owner, exact));
    }
    return into;
  }

  private static List<String> list(String field) {
    return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    b.stream().filter(x -> !out.contains(x)).forEach(out::add);
    return out;
  }

  public List<Platform> platforms() {
    return List.copyOf(platforms.values());
  }

  public Optional<Platform> platform(String name) {
    return Optional.ofNullable(platforms.get(name));
  }
}
