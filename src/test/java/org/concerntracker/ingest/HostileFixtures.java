package org.concerntracker.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.concerntracker.ingest.HostileCodecs.Codec;
import org.concerntracker.ingest.HostileCodecs.Rendered;
import org.concerntracker.ingest.HostileSample.Rec;

/**
 * Generates hostile inputs from good ones. Given one good sample file per format (ParlParse XML,
 * ParlaMint TEI with its {@code -meta.tsv}, JSON Lines, an HTML page, a WARC file), it writes one
 * variant per applicable {@link Fault} and says what a reader must make of it: which records are
 * still good and must be kept, which are lost, which are kept without a date, and which rejects
 * rows must name the file and record. Nothing is hand-picked: each fault is applied by taking the
 * sample apart into records ({@link HostileCodecs}) and damaging one record or the file.
 *
 * <p>Every variant's records are tagged with the variant's name (ids, URLs, and a few words of
 * text), so that all variants can be read in one pipeline run without one variant's records merging
 * with another's as duplicates. A baseline copy of each tagged sample, undamaged, is written beside
 * for comparison.
 *
 * <p>Layout under the root: {@code hostile/hansard/<format>-<fault>/<file>} and {@code
 * hostile/news/...} (the variants, ready for {@code --hansard} and {@code --news}), {@code
 * baseline/<format>-<fault>/<file>}, and {@code secret/secret.txt}, the local file the external
 * entities point at; its content must never reach any output.
 */
public final class HostileFixtures {

  /** The formats, with the input option each is given under. */
  public enum Format {
    PARLPARSE(InputKind.HANSARD, new HostileCodecs.ParlParse()),
    PARLAMINT(InputKind.HANSARD, new HostileCodecs.ParlaMint()),
    JSONL(InputKind.NEWS, new HostileCodecs.JsonLines()),
    HTML(InputKind.NEWS, new HostileCodecs.Html()),
    WARC(InputKind.NEWS, new HostileCodecs.Warc());

    final InputKind kind;
    final Codec codec;

    Format(InputKind kind, Codec codec) {
      this.kind = kind;
      this.codec = codec;
    }

    public InputKind kind() {
      return kind;
    }

    boolean xml() {
      return this == PARLPARSE || this == PARLAMINT;
    }

    /** Web pages, which browsers decode leniently: bad bytes are replaced, not fatal. */
    boolean page() {
      return this == HTML || this == WARC;
    }
  }

  /** The faults, each applied to one record (the middle one) or to the whole file. */
  public enum Fault {
    TRUNCATED("cut off in the middle of its last record"),
    EMPTY("an empty file"),
    BINARY("random bytes under the format's file name"),
    UNDECODABLE("bytes that are not UTF-8 inside one record"),
    HUGE_RECORD("one record padded with 3 MB of text on a single line"),
    JSON_ARRAY("one line a JSON array instead of an object"),
    JSON_NUMBER("one line a JSON number"),
    DEEP_NESTING("one line nested 100,000 levels deep"),
    IMPOSSIBLE_DATE("one record dated 31 February 2024"),
    MISSING_DATE("one record without a date"),
    MISSING_TEXT("one record without text"),
    EXTERNAL_ENTITY("an XML external entity pointing at a local secret file"),
    ENTITY_BOMB("an entity-expansion bomb (billion laughs)"),
    CORRUPT_GZIP("gzip-compressed, with bytes in the middle overwritten"),
    TRUNCATED_GZIP("gzip-compressed and cut short"),
    CORRUPT_BZIP2("bzip2-compressed, with bytes in the middle overwritten"),
    BAD_METADATA("ParlaMint's -meta.tsv replaced by random bytes");

    public final String description;

    Fault(String description) {
      this.description = description;
    }

    /** The faults that apply to a format. */
    public static Set<Fault> of(Format f) {
      Set<Fault> s = EnumSet.allOf(Fault.class);
      if (f != Format.JSONL) {
        s.removeAll(EnumSet.of(JSON_ARRAY, JSON_NUMBER, DEEP_NESTING));
      } else {
        s.removeAll(EnumSet.of(EXTERNAL_ENTITY, ENTITY_BOMB));
      }
      if (f != Format.PARLAMINT) {
        s.remove(BAD_METADATA);
      }
      return s;
    }
  }

  /** A rejects row that must exist: its {@code input}, and its {@code record} (null: any). */
  public record ExpectedReject(String input, String record) {}

  /**
   * One hostile file and what reading it must give. Records are named as readers name them in
   * {@code origin} ({@code <path>#<record>}) and {@code rejects.record}.
   *
   * @param file the hostile file (its companion, if any, beside it)
   * @param baseline the same tagged sample without the fault
   * @param records every document record of the tagged sample, in file order
   * @param kept records that must become documents
   * @param lost records that must not
   * @param changed kept records whose text the fault changed (not compared with the baseline)
   * @param undated kept records that must have a null date
   * @param rejects rejects rows that must exist
   * @param anyText the decompressed bytes are damaged: kept records are not compared
   */
  public record Variant(
      Format format,
      Fault fault,
      Path file,
      Path baseline,
      List<String> records,
      Set<String> kept,
      Set<String> lost,
      Set<String> changed,
      Set<String> undated,
      List<ExpectedReject> rejects,
      boolean anyText) {

    public String name() {
      return tag(format, fault);
    }

    public InputKind kind() {
      return format.kind;
    }

    @Override
    public String toString() {
      return name() + " (" + fault.description + ")";
    }
  }

  /** The good samples the suite damages: small files of data-samples/ and the test resources. */
  public static java.util.Map<Format, Path> samples() {
    java.util.Map<Format, Path> m = new java.util.EnumMap<>(Format.class);
    m.put(Format.PARLPARSE, org.concerntracker.TestData.sample("hansard/lords2020-07-14.xml"));
    m.put(
        Format.PARLAMINT,
        org.concerntracker.TestData.repo()
            .resolve("src/test/resources/hansard/parlamint/ParlaMint-GB_2021-03-16-commons.xml"));
    m.put(Format.JSONL, org.concerntracker.TestData.sample("news/jsonl/sample-news.jsonl"));
    m.put(Format.HTML, org.concerntracker.TestData.sample("news/html/sample-gazette-oped.html"));
    m.put(Format.WARC, org.concerntracker.TestData.sample("news/warc/sample-news.warc.gz"));
    return m;
  }

  /** Every fault applied to every format's sample. */
  public List<Variant> generateAll() {
    List<Variant> out = new ArrayList<>();
    samples().forEach((format, sample) -> out.addAll(generate(format, sample)));
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // The members file (Popolo people.json): not a document format, so its variants say whether the
  // file as a whole must be refused (a usage error) or which entries must be skipped with a reject.

  /**
   * One hostile members file.
   *
   * @param unreadable the file as a whole cannot be used: the run stops with a usage error
   * @param rejected the entries that must each have a rejects row (stage {@code members})
   * @param persons person ids that must still be in the registry
   */
  public record MembersVariant(
      Fault fault, Path file, boolean unreadable, List<String> rejected, List<String> persons) {
    @Override
    public String toString() {
      return "members-" + fault.name().toLowerCase(Locale.ROOT) + " (" + fault.description + ")";
    }
  }

  /** The faults that apply to a members file. */
  public static Set<Fault> membersFaults() {
    Set<Fault> s = EnumSet.allOf(Fault.class);
    s.removeAll(EnumSet.of(Fault.EXTERNAL_ENTITY, Fault.ENTITY_BOMB, Fault.BAD_METADATA));
    return s;
  }

  /** Every members fault applied to a good {@code people.json}. */
  public List<MembersVariant> members(Path good) {
    List<MembersVariant> out = new ArrayList<>();
    for (Fault f : membersFaults()) {
      try {
        out.add(members(f, good));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private MembersVariant members(Fault fault, Path good) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root =
        (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(good.toFile());
    var persons = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("persons");
    var memberships = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("memberships");
    List<String> ids = new ArrayList<>();
    persons.forEach(p -> ids.add(p.get("id").asText()));
    int middle = persons.size() / 2;
    String someone = ids.get(middle);
    var membership =
        (com.fasterxml.jackson.databind.node.ObjectNode) memberships.get(memberships.size() / 2);
    String membershipId = membership.get("id").asText();
    Path dir = this.root.resolve("members").resolve(fault.name().toLowerCase(Locale.ROOT));
    Files.createDirectories(dir);
    String name = "people.json";
    byte[] bytes;
    boolean unreadable = true;
    List<String> rejected = new ArrayList<>();
    List<String> kept = new ArrayList<>(ids);
    byte[] plain = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    Random random = new Random(("members-" + fault).hashCode());
    switch (fault) {
      case TRUNCATED -> bytes = Arrays.copyOf(plain, plain.length / 2);
      case EMPTY -> bytes = new byte[0];
      case BINARY -> {
        bytes = new byte[4096];
        random.nextBytes(bytes);
      }
      case UNDECODABLE -> {
        // A person's name with bytes that are not UTF-8: the file is corrupt as a whole.
        ((com.fasterxml.jackson.databind.node.ObjectNode) persons.get(middle))
            .put("name", "Name " + HostileSample.BAD_BYTES);
        bytes = HostileSample.bytes(json.writeValueAsString(root));
      }
      case JSON_ARRAY -> bytes = json.writeValueAsBytes(json.createArrayNode().add(root));
      case JSON_NUMBER -> bytes = "42".getBytes(StandardCharsets.UTF_8);
      case DEEP_NESTING -> {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);
        String text = json.writeValueAsString(root);
        bytes =
            (text.substring(0, text.length() - 1) + ", \"extra\": " + nested + "}")
                .getBytes(StandardCharsets.UTF_8);
      }
      case CORRUPT_GZIP, TRUNCATED_GZIP, CORRUPT_BZIP2 -> {
        boolean bz2 = fault == Fault.CORRUPT_BZIP2;
        name = name + (bz2 ? ".bz2" : ".gz");
        byte[] packed = bz2 ? bzip2(plain) : gzip(plain);
        if (fault == Fault.TRUNCATED_GZIP) {
          bytes = Arrays.copyOf(packed, packed.length * 3 / 5);
        } else {
          bytes = packed.clone();
          byte[] noise = new byte[24];
          random.nextBytes(noise);
          System.arraycopy(noise, 0, bytes, bytes.length / 2, noise.length);
        }
      }
      case HUGE_RECORD -> {
        // A 3 MB "name": the person is kept under its id, the name refused.
        ((com.fasterxml.jackson.databind.node.ObjectNode) persons.get(middle))
            .put("name", FILLER.repeat(HUGE_CHARS / FILLER.length() + 1));
        unreadable = false;
        rejected.add("person " + someone);
        bytes = json.writeValueAsBytes(root);
      }
      case IMPOSSIBLE_DATE -> {
        membership.put("start_date", "31/02/2024");
        unreadable = false;
        rejected.add("membership " + membershipId);
        bytes = json.writeValueAsBytes(root);
      }
      case MISSING_DATE -> {
        // Open-ended on both sides: the registry's documented assumption, not a fault.
        membership.remove("start_date");
        membership.remove("end_date");
        unreadable = false;
        bytes = json.writeValueAsBytes(root);
      }
      case MISSING_TEXT -> {
        // A person without an id, a membership without a person, an entry that is a number.
        ((com.fasterxml.jackson.databind.node.ObjectNode) persons.get(middle)).remove("id");
        membership.remove("person_id");
        persons.add(7);
        unreadable = false;
        kept.remove(someone);
        rejected.add("persons[" + middle + "]");
        rejected.add("membership " + membershipId);
        rejected.add("persons[" + (persons.size() - 1) + "]");
        bytes = json.writeValueAsBytes(root);
      }
      default -> throw new IllegalArgumentException(fault + " does not apply to a members file");
    }
    Path file = Files.write(dir.resolve(name), bytes);
    return new MembersVariant(
        fault, file, unreadable, List.copyOf(rejected), unreadable ? List.of() : List.copyOf(kept));
  }

  /** Characters of filler in the huge record: 3 MB on one line. */
  public static final int HUGE_CHARS = 3 * 1024 * 1024;

  private static final String FILLER = "Filler words for size only. ";

  private final Path root;
  private final Path secret;
  private final String secretText;

  /** A generator writing under {@code root}; creates the secret file the entities point at. */
  public HostileFixtures(Path root) {
    this.root = root;
    try {
      Files.createDirectories(root.resolve("secret"));
      this.secretText = "TOP-SECRET-" + Long.toHexString(new Random().nextLong()) + "-DO-NOT-LEAK";
      this.secret = Files.writeString(root.resolve("secret/secret.txt"), secretText);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The content of the secret file: no table, document or reject may contain it. */
  public String secretText() {
    return secretText;
  }

  /** The directory of variants given under {@code kind}'s option. */
  public Path variants(InputKind kind) {
    return root.resolve("hostile").resolve(kind.name().toLowerCase(Locale.ROOT));
  }

  /** Every applicable fault applied to {@code sample}, a good file of {@code format}. */
  public List<Variant> generate(Format format, Path sample) {
    List<Variant> out = new ArrayList<>();
    for (Fault f : Fault.of(format)) {
      out.add(generate(format, f, sample));
    }
    return out;
  }

  /** One fault applied to {@code sample}. */
  public Variant generate(Format format, Fault fault, Path sample) {
    try {
      return make(format, fault, sample);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String tag(Format format, Fault fault) {
    return (format + "-" + fault).toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // ---------------------------------------------------------------------------------------------

  private Variant make(Format format, Fault fault, Path sample) throws IOException {
    Codec codec = format.codec;
    String tag = tag(format, fault);
    HostileSample good = codec.tag(load(format, sample), tag);
    List<Integer> docs = good.documentIndexes();
    int middle = docs.get(docs.size() / 2);
    int last = docs.get(docs.size() - 1);
    Expect e = new Expect(keys(codec, good));
    Path dir = variants(format.kind).resolve(tag);
    Path baseline = write(codec, good, root.resolve("baseline").resolve(tag), good.name, null);
    Random random = new Random(tag.hashCode());

    HostileSample bad = good;
    byte[] bytes = null;
    String name = good.name;
    switch (fault) {
      case TRUNCATED -> {
        Rendered r = renderStored(codec, good);
        bytes = Arrays.copyOf(r.bytes(), (r.starts()[last] + r.ends()[last]) / 2);
        if (format == Format.HTML) {
          // A page is one record: cut it inside the article, so that half the article is there.
          String page = good.records.get(last).text();
          int cut = ((HostileCodecs.Html) codec).middleOfArticle(page);
          bytes = HostileSample.bytes(page.substring(0, cut));
          e.changed(key(codec, good, last)).reject(key(codec, good, last));
        } else {
          e.lose(key(codec, good, last)).rejectFile();
        }
      }
      case EMPTY -> {
        bytes = new byte[0];
        e.loseAll().rejectFile();
      }
      case BINARY -> {
        bytes = new byte[4096];
        random.nextBytes(bytes);
        e.loseAll().rejectFile();
      }
      case UNDECODABLE -> {
        bad = edit(good, middle, r -> codec.appendText(r, " " + HostileSample.BAD_BYTES + " "));
        String k = key(codec, good, middle);
        if (format.page()) {
          e.changed(k).reject(k);
        } else {
          e.lose(k).reject(k);
        }
      }
      case HUGE_RECORD -> {
        String filler = FILLER.repeat(HUGE_CHARS / FILLER.length() + 1);
        bad = edit(good, middle, r -> codec.appendText(r, " " + filler));
        e.changed(key(codec, good, middle));
      }
      case JSON_ARRAY, JSON_NUMBER, DEEP_NESTING -> {
        HostileCodecs.JsonLines json = (HostileCodecs.JsonLines) codec;
        bad =
            fault == Fault.JSON_ARRAY
                ? json.asArray(good, middle)
                : fault == Fault.JSON_NUMBER
                    ? json.asNumber(good, middle)
                    : json.deeplyNested(good, middle, 100_000);
        e.lose(key(codec, good, middle)).reject(key(codec, good, middle));
      }
      case IMPOSSIBLE_DATE, MISSING_DATE -> {
        boolean missing = fault == Fault.MISSING_DATE;
        String date = missing ? null : format.xml() ? "2024-02-31" : "31/02/2024";
        bad = codec.withDate(good, middle, date);
        name = bad.name;
        String k = key(codec, good, middle);
        switch (format) {
          case PARLAMINT -> {
            if (!missing) {
              // The date is the sitting's, and the ids repeat it: every record is renamed.
              e = new Expect(keys(codec, bad)).changedAll().undatedAll().rejectFile();
            }
            // A missing header date falls back to the file name's, which ParlaMint always has.
          }
          case PARLPARSE -> {
            // The id is renamed with its date; a speech always carries a date, so both say so.
            String renamed = codec.key(bad, middle);
            e.rename(k, renamed).changed(renamed).undated(renamed).reject(renamed);
          }
          case WARC -> {
            // The crawl's WARC-Date stands in for the page's own date.
            e.changed(k);
            if (!missing) {
              e.reject(k);
            }
          }
          default -> {
            e.changed(k).undated(k);
            if (!missing) {
              e.reject(k);
            }
          }
        }
      }
      case MISSING_TEXT -> {
        bad = edit(good, middle, codec::withoutText);
        e.lose(key(codec, good, middle)).reject(key(codec, good, middle));
      }
      case EXTERNAL_ENTITY, ENTITY_BOMB -> {
        boolean bomb = fault == Fault.ENTITY_BOMB;
        int k = format.xml() && bomb ? last : middle;
        String subset = bomb ? billionLaughs() : "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">";
        bad = codec.withEntities(good, k, subset, bomb ? "&lol9;" : "&xxe;");
        if (!format.xml()) {
          // An HTML page is one record: only it is refused.
          e.lose(key(codec, good, k)).reject(key(codec, good, k));
        } else if (bomb) {
          // Records before the bomb goes off are read; the file is refused from there.
          e.lose(key(codec, good, k)).rejectFile();
        } else {
          // A file that declares an external entity is refused whole, before any record.
          e.loseAll().rejectFile();
        }
      }
      case CORRUPT_GZIP, TRUNCATED_GZIP, CORRUPT_BZIP2 -> {
        boolean bz2 = fault == Fault.CORRUPT_BZIP2;
        byte[] plain = codec.render(good).bytes();
        String base = good.name.replaceAll("\\.(gz|bz2)$", "");
        name = base + (bz2 ? ".bz2" : ".gz");
        byte[] packed = bz2 ? bzip2(plain) : gzip(plain);
        if (fault == Fault.TRUNCATED_GZIP) {
          bytes = Arrays.copyOf(packed, packed.length * 3 / 5);
        } else {
          bytes = packed.clone();
          byte[] noise = new byte[Math.min(24, bytes.length / 4)];
          random.nextBytes(noise);
          System.arraycopy(noise, 0, bytes, bytes.length / 2, noise.length);
        }
        e.anyText().rejectFile();
      }
      case BAD_METADATA -> {
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        Path file = write(codec, good, dir, name, null);
        Files.write(dir.resolve(good.companionName), noise);
        e.rejectInput(dir.resolve(good.companionName).toString());
        return e.variant(format, fault, file, baseline);
      }
    }
    Path file = write(codec, bad, dir, name, bytes);
    return e.variant(format, fault, file, baseline);
  }

  private static HostileSample edit(HostileSample s, int i, UnaryOperator<Rec> op) {
    return s.withRecord(i, op.apply(s.records.get(i)));
  }

  private static String billionLaughs() {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return dtd.toString();
  }

  private static HostileSample load(Format format, Path sample) throws IOException {
    byte[] raw = Files.readAllBytes(sample);
    String name = sample.getFileName().toString();
    if (name.endsWith(".gz")) {
      try (var in =
          new org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream(
              new java.io.ByteArrayInputStream(raw), true)) {
        raw = in.readAllBytes();
      }
    }
    String companionName = null;
    String companion = null;
    if (format == Format.PARLAMINT) {
      companionName = name.replaceAll("(\\.ana)?\\.xml$", "") + "-meta.tsv";
      companion = Files.readString(sample.resolveSibling(companionName));
    }
    return format.codec.parse(
        name, new String(raw, format.codec.charset()), companionName, companion);
  }

  private static List<String> keys(Codec codec, HostileSample s) {
    List<String> out = new ArrayList<>();
    for (int i : s.documentIndexes()) {
      out.add(codec.key(s, i));
    }
    return out;
  }

  private static String key(Codec codec, HostileSample s, int i) {
    return codec.key(s, i);
  }

  /** The sample as stored: a {@code .gz} sample (a WARC) one gzip member per record. */
  private static Rendered renderStored(Codec codec, HostileSample s) throws IOException {
    Rendered plain = codec.render(s);
    if (!s.name.endsWith(".gz")) {
      return plain;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = plain.starts().length;
    int[] starts = new int[n];
    int[] ends = new int[n];
    int from = 0;
    for (int i = 0; i < n; i++) {
      starts[i] = out.size();
      out.writeBytes(gzip(Arrays.copyOfRange(plain.bytes(), from, plain.ends()[i])));
      ends[i] = out.size();
      from = plain.ends()[i];
    }
    out.writeBytes(gzip(Arrays.copyOfRange(plain.bytes(), from, plain.bytes().length)));
    return new Rendered(out.toByteArray(), starts, ends);
  }

  private static Path write(Codec codec, HostileSample s, Path dir, String name, byte[] bytes)
      throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    Files.write(file, bytes != null ? bytes : renderStored(codec, s).bytes());
    if (s.companion != null) {
      Files.writeString(dir.resolve(s.companionName), s.companion, StandardCharsets.UTF_8);
    }
    return file;
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GzipCompressorOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }

  static byte[] bzip2(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new BZip2CompressorOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }

  /** What a variant must give, built up fault by fault. */
  private static final class Expect {
    private final List<String> records;
    private final Set<String> kept;
    private final Set<String> lost = new LinkedHashSet<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final Set<String> undated = new LinkedHashSet<>();
    private final List<String> rejectRecords = new ArrayList<>();
    private final List<String> rejectInputs = new ArrayList<>();
    private boolean fileReject;
    private boolean anyText;

    Expect(List<String> records) {
      this.records = new ArrayList<>(records);
      this.kept = new LinkedHashSet<>(records);
    }

    Expect lose(String k) {
      kept.remove(k);
      lost.add(k);
      return this;
    }

    Expect loseAll() {
      records.forEach(this::lose);
      return this;
    }

    Expect rename(String from, String to) {
      records.set(records.indexOf(from), to);
      kept.remove(from);
      kept.add(to);
      return this;
    }

    Expect changed(String k) {
      changed.add(k);
      return this;
    }

    Expect changedAll() {
      changed.addAll(records);
      return this;
    }

    Expect undated(String k) {
      undated.add(k);
      return this;
    }

    Expect undatedAll() {
      undated.addAll(records);
      return this;
    }

    Expect reject(String record) {
      rejectRecords.add(record);
      return this;
    }

    Expect rejectFile() {
      fileReject = true;
      return this;
    }

    Expect rejectInput(String input) {
      rejectInputs.add(input);
      return this;
    }

    /** Damaged compression: nothing can be promised about what decompresses before the fault. */
    Expect anyText() {
      anyText = true;
      kept.clear();
      return this;
    }

    Variant variant(Format format, Fault fault, Path file, Path baseline) {
      List<ExpectedReject> rejects = new ArrayList<>();
      String input = file.toString();
      if (fileReject) {
        rejects.add(new ExpectedReject(input, null));
      }
      rejectRecords.forEach(r -> rejects.add(new ExpectedReject(input, r)));
      rejectInputs.forEach(i -> rejects.add(new ExpectedReject(i, null)));
      return new Variant(
          format,
          fault,
          file,
          baseline,
          List.copyOf(records),
          Set.copyOf(kept),
          Set.copyOf(lost),
          Set.copyOf(changed),
          Set.copyOf(undated),
          List.copyOf(rejects),
          anyText);
    }
  }
}
