package org.concerntracker.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A good sample file taken apart into its records, so that {@link HostileFixtures} can damage one
 * record and keep the rest intact. {@code gaps} hold the text between records ({@code gaps[0]}
 * before the first, {@code gaps[n]} after the last), so that putting a sample back together gives
 * the file again. A ParlaMint sitting carries its {@code -meta.tsv} as the companion.
 *
 * <p>Text is held as Java strings; {@link #BAD_BYTES} inside it becomes bytes that are not UTF-8
 * when the sample is written.
 */
final class HostileSample {

  /** Placeholder for undecodable bytes; replaced by {@link #BAD_BYTE_VALUES} on rendering. */
  static final String BAD_BYTES = "@@BAD-BYTES@@";

  /** A lone continuation byte, an invalid two-byte sequence and two bytes never valid in UTF-8. */
  static final byte[] BAD_BYTE_VALUES = {(byte) 0x80, (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE};

  /** One record: the text of it in the file, and whether a reader makes a document of it. */
  record Rec(String text, boolean document) {
    Rec withText(String t) {
      return new Rec(t, document);
    }
  }

  final String name;
  final List<String> gaps;
  final List<Rec> records;
  final String companionName;
  final String companion;

  HostileSample(
      String name, List<String> gaps, List<Rec> records, String companionName, String companion) {
    if (gaps.size() != records.size() + 1) {
      throw new IllegalArgumentException("a sample has one more gap than records");
    }
    this.name = name;
    this.gaps = List.copyOf(gaps);
    this.records = List.copyOf(records);
    this.companionName = companionName;
    this.companion = companion;
  }

  HostileSample withRecord(int i, Rec r) {
    List<Rec> rs = new ArrayList<>(records);
    rs.set(i, r);
    return new HostileSample(name, gaps, rs, companionName, companion);
  }

  HostileSample withRecords(List<Rec> rs) {
    return new HostileSample(name, gaps, rs, companionName, companion);
  }

  HostileSample withGap(int i, String gap) {
    List<String> gs = new ArrayList<>(gaps);
    gs.set(i, gap);
    return new HostileSample(name, gs, records, companionName, companion);
  }

  HostileSample withName(String n) {
    return new HostileSample(n, gaps, records, companionName, companion);
  }

  HostileSample withCompanion(String n, String text) {
    return new HostileSample(name, gaps, records, n, text);
  }

  /** Indexes of the records that become documents, in file order. */
  List<Integer> documentIndexes() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).document()) {
        out.add(i);
      }
    }
    return out;
  }

  /** UTF-8 bytes of {@code text}, with each {@link #BAD_BYTES} replaced by invalid bytes. */
  static byte[] bytes(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 64);
    int from = 0;
    int at;
    while ((at = text.indexOf(BAD_BYTES, from)) >= 0) {
      out.writeBytes(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
      out.writeBytes(BAD_BYTE_VALUES);
      from = at + BAD_BYTES.length();
    }
    out.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
