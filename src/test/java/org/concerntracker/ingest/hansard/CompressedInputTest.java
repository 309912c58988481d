package org.concerntracker.ingest.hansard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.concerntracker.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compressed file reads to the same documents as the plain one; only the origin differs. */
class CompressedInputTest {

  private static final Path PLAIN =
      Path.of("src/test/resources/hansard/parlparse/westminster2009-10-28z.xml");

  @TempDir Path dir;

  @Test
  void gzipAndBzip2GiveTheSameDocuments() throws IOException {
    Collected plain = Collected.read(new ParlParseReader(), PLAIN);
    for (String suffix : new String[] {".gz", ".bz2"}) {
      Path packed = dir.resolve(PLAIN.getFileName() + suffix);
      try (OutputStream out = compressor(Files.newOutputStream(packed), suffix)) {
        Files.copy(PLAIN, out);
      }
      Collected read = Collected.read(new ParlParseReader(), packed);
      assertThat(read.rejects).as(suffix).isEmpty();
      assertThat(read.documents).as(suffix).hasSameSizeAs(plain.documents);
      for (int i = 0; i < plain.documents.size(); i++) {
        Document a = plain.documents.get(i);
        Document b = read.documents.get(i);
        assertThat(b.withIdentity(a.docId(), a.url(), a.urls(), a.origin())).isEqualTo(a);
        assertThat(b.origin()).endsWith(suffix + "#" + a.docId());
      }
    }
  }

  @Test
  void parlaMintMetadataMayBeCompressedToo() throws IOException {
    Path src = Path.of("src/test/resources/hansard/parlamint");
    String name = "ParlaMint-GB_2021-03-16-commons";
    Files.copy(src.resolve(name + ".xml"), dir.resolve(name + ".xml"));
    try (OutputStream out =
        new GzipCompressorOutputStream(Files.newOutputStream(dir.resolve(name + "-meta.tsv.gz")))) {
      Files.copy(src.resolve(name + "-meta.tsv"), out);
    }
    Collected c = Collected.read(new ParlaMintReader(), dir.resolve(name + ".xml"));
    assertThat(c.rejects).isEmpty();
    assertThat(c.documents).allMatch(d -> d.speaker() != null);
  }

  @Test
  void aTruncatedGzipKeepsWhatWasReadAndRejectsTheRest() throws IOException {
    StringBuilder xml = new StringBuilder("<publicwhip>");
    for (int i = 0; i < 2000; i++) {
      xml.append("<speech id=\"uk.org.publicwhip/debate/2020-01-02a.1.")
          .append(i)
          .append("\" speakername=\"A\"><p>Speech number ")
          .append(i)
          .append(".</p></speech>\n");
    }
    Path whole = dir.resolve("whole.gz");
    try (OutputStream out = new GzipCompressorOutputStream(Files.newOutputStream(whole))) {
      out.write(xml.append("</publicwhip>").toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("debates2020-01-02a.xml.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    Collected c = Collected.read(new ParlParseReader(), cut);
    assertThat(c.documents.size()).isBetween(1, 1999);
    assertThat(c.rejects)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).startsWith("malformed XML").contains("are kept"));
  }

  @Test
  void aFileNotInItsNamedCompressionIsOneReject() throws IOException {
    Path fake = Files.writeString(dir.resolve("debates2020-01-02a.xml.bz2"), "<publicwhip/>");
    Collected c = Collected.read(new ParlParseReader(), fake);
    assertThat(c.documents).isEmpty();
    assertThat(c.rejects)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).startsWith("cannot open or decompress"));
  }

  @Test
  void corruptCompressedMetadataIsRejectedAndTheSittingStillRead() throws IOException {
    Path src = Path.of("src/test/resources/hansard/parlamint");
    String name = "ParlaMint-GB_2021-03-16-commons";
    Files.copy(src.resolve(name + ".xml"), dir.resolve(name + ".xml"));
    Files.writeString(dir.resolve(name + "-meta.tsv.gz"), "not gzip");
    Collected c = Collected.read(new ParlaMintReader(), dir.resolve(name + ".xml"));
    assertThat(c.documents).hasSize(4);
    assertThat(c.rejects)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).startsWith("unreadable ParlaMint metadata"));
  }

  private static OutputStream compressor(OutputStream raw, String suffix) throws IOException {
    return suffix.equals(".gz")
        ? new GzipCompressorOutputStream(raw)
        : new BZip2CompressorOutputStream(raw);
  }
}
