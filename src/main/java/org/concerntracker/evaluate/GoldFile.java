package org.concerntracker.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a gold file: JSON Lines, one expected judgement per line, {@code {"doc_id", "person_id",
 * "platform", "stance", "optional"}} (CONTRACT.md). Blank lines and lines starting with {@code //}
 * are skipped; anything else malformed is an error naming the line, since a silently short gold
 * file would inflate the score.
 */
public final class GoldFile {

  private static final Set<String> STANCES = Set.of("concern", "reassurance", "neutral");

  private GoldFile() {}

  public static List<Judgement> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Judgement> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.strip().startsWith("//")) {
          continue;
        }
        JsonNode o;
        try {
          o = json.readTree(line);
        } catch (IOException e) {
          throw new IOException(
              file + " line " + n + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        String docId = text(o, "doc_id");
        String personId = text(o, "person_id");
        String platform = text(o, "platform");
        String stance = text(o, "stance");
        if (docId == null || personId == null || platform == null || stance == null) {
          throw new IOException(
              file + " line " + n + ": needs doc_id, person_id, platform and stance");
        }
        if (!STANCES.contains(stance)) {
          throw new IOException(
              file + " line " + n + ": stance must be concern, reassurance or neutral");
        }
        out.add(
            new Judgement(
                docId, personId, platform, stance, o.path("optional").asBoolean(false), null));
      }
    }
    return out;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
  }
}
