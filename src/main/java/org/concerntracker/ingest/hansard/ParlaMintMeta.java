package org.concerntracker.ingest.hansard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concerntracker.ingest.InputFile;
import org.concerntracker.ingest.Inputs;
import org.concerntracker.ingest.RecordSink;
import org.concerntracker.model.Reject;

/**
 * A ParlaMint {@code -meta.tsv}: one row per utterance, keyed by its {@code ID} ({@code
 * ParlaMint-GB_2022-07-21-commons.u1}), with {@code Speaker_name} ("Hoyle, Lindsay Harvey"), {@code
 * Speaker_party_name}, {@code Speaker_role}, {@code Date} and {@code Body}. ParlaMint writes "-"
 * for an empty value; here it is null. A row whose field count differs from the header's is
 * rejected alone.
 */
final class ParlaMintMeta {

  private final Map<String, Map<String, String>> rows;

  private ParlaMintMeta(Map<String, Map<String, String>> rows) {
    this.rows = rows;
  }

  static ParlaMintMeta none() {
    return new ParlaMintMeta(Map.of());
  }

  /** The name of the metadata file beside a ParlaMint XML file. */
  static String siblingName(String xmlName) {
    String n = xmlName.replaceAll("(?i)\\.(gz|bz2)$", "");
    n = n.replaceAll("(?i)(\\.ana)?\\.xml$", "");
    return n + "-meta.tsv";
  }

  /** Finds and reads the metadata beside {@code xml} (plain, .gz or .bz2), if there is one. */
  static Optional<ParlaMintMeta> besides(InputFile xml, RecordSink sink) {
    String name = siblingName(xml.name());
    for (String candidate : List.of(name, name + ".gz", name + ".bz2")) {
      Optional<InputFile> tsv = xml.sibling(candidate);
      if (tsv.isPresent()) {
        return Optional.of(read(tsv.get(), sink));
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the rows; a file that cannot be read to its end (a corrupt .gz) keeps the rows read
   * before the fault, and one reject says where it stopped.
   */
  static ParlaMintMeta read(InputFile tsv, RecordSink sink) {
    Map<String, Map<String, String>> rows = new HashMap<>();
    int[] number = {0};
    try {
      readRows(tsv, sink, rows, number);
    } catch (IOException | RuntimeException e) {
      sink.reject(
          new Reject(
              tsv.path(),
              number[0] == 0 ? null : "line " + (number[0] + 1),
              ParlParseReader.STAGE,
              "unreadable ParlaMint metadata after " + rows.size() + " rows: " + e,
              null));
    }
    return new ParlaMintMeta(rows);
  }

  private static void readRows(
      InputFile tsv, RecordSink sink, Map<String, Map<String, String>> rows, int[] number)
      throws IOException {
    try (InputStream in = Inputs.open(tsv);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String headerLine = r.readLine();
      if (headerLine == null) {
        return;
      }
      String[] header = headerLine.replace("\uFEFF", "").split("\t", -1);
      String line;
      number[0] = 1;
      while ((line = r.readLine()) != null) {
        number[0]++;
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != header.length) {
          sink.reject(
              new Reject(
                  tsv.path(),
                  "line " + number[0],
                  ParlParseReader.STAGE,
                  "metadata row has " + fields.length + " fields, the header " + header.length,
                  line));
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          String v = fields[i].strip();
          row.put(header[i].strip(), v.isEmpty() || v.equals("-") ? null : v);
        }
        if (row.get("ID") != null) {
          rows.put(row.get("ID"), row);
        }
      }
    }
  }

  /** The value of {@code column} for utterance {@code id}, if present. */
  Optional<String> get(String id, String column) {
    Map<String, String> row = rows.get(id);
    return row == null ? Optional.empty() : Optional.ofNullable(row.get(column));
  }

  /** "Hoyle, Lindsay Harvey" → "Lindsay Harvey Hoyle"; other forms unchanged. */
  static String naturalOrder(String name) {
    int comma = name.indexOf(',');
    if (comma < 0 || comma != name.lastIndexOf(',')) {
      return name.strip();
    }
    String surname = name.substring(0, comma).strip();
    String forenames = name.substring(comma + 1).strip();
    return forenames.isEmpty() ? surname : forenames + " " + surname;
  }
}
