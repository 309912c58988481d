package org.concerntracker.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerntracker.ingest.HostileSample.Rec;

/**
 * How {@link HostileFixtures} takes each format apart and changes one record in it: ParlParse and
 * ParlaMint XML, JSON Lines, an HTML page, a WARC file. Each codec works on the text of the format
 * (regular expressions over markup it knows the shape of), never through the reader under test.
 */
final class HostileCodecs {

  private HostileCodecs() {}

  /** The bytes of a sample and where each record lies in them. */
  record Rendered(byte[] bytes, int[] starts, int[] ends) {}

  /** One format's surgery. */
  interface Codec {
    HostileSample parse(String name, String text, String companionName, String companion);

    /** How the sample's bytes are read into text for {@link #parse}. */
    default java.nio.charset.Charset charset() {
      return StandardCharsets.UTF_8;
    }

    /** The record's name as the reader gives it in {@code origin} and {@code rejects.record}. */
    String key(HostileSample s, int i);

    /** Every record made unique to one variant: its id, URL and text carry {@code tag}. */
    HostileSample tag(HostileSample s, String tag);

    /** Adds raw text (markup allowed) to the body of a record. */
    Rec appendText(Rec r, String text);

    Rec withoutText(Rec r);

    /**
     * Record {@code k} (or the file, where the date belongs to it) dated {@code date}; null: no
     * date.
     */
    HostileSample withDate(HostileSample s, int k, String date);

    /** A DTD with {@code subset} declared, and {@code reference} in record {@code k}'s text. */
    HostileSample withEntities(HostileSample s, int k, String subset, String reference);

    default Rendered render(HostileSample s) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int n = s.records.size();
      int[] starts = new int[n];
      int[] ends = new int[n];
      for (int i = 0; i < n; i++) {
        out.writeBytes(HostileSample.bytes(s.gaps.get(i)));
        starts[i] = out.size();
        out.writeBytes(HostileSample.bytes(renderRecord(s.records.get(i))));
        ends[i] = out.size();
      }
      out.writeBytes(HostileSample.bytes(s.gaps.get(n)));
      return new Rendered(out.toByteArray(), starts, ends);
    }

    default String renderRecord(Rec r) {
      return r.text();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Shared helpers

  /** Splits {@code text} around every match of {@code record}. */
  static HostileSample split(
      String name, String text, Pattern record, String companionName, String companion) {
    List<String> gaps = new ArrayList<>();
    List<Rec> recs = new ArrayList<>();
    Matcher m = record.matcher(text);
    int last = 0;
    while (m.find()) {
      gaps.add(text.substring(last, m.start()));
      recs.add(new Rec(m.group(), true));
      last = m.end();
    }
    gaps.add(text.substring(last));
    return new HostileSample(name, gaps, recs, companionName, companion);
  }

  static String group(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("sample record without " + p.pattern() + ": " + text);
    }
    return m.group(1);
  }

  /** Inserts a DTD after the XML declaration (or at the very start). */
  static String withDoctype(String head, String root, String subset) {
    String dtd = "<!DOCTYPE " + root + " [" + subset + "]>\n";
    Matcher decl = Pattern.compile("^\\s*<\\?xml[^>]*\\?>\\s*").matcher(head);
    return decl.find()
        ? head.substring(0, decl.end()) + dtd + head.substring(decl.end())
        : dtd + head;
  }

  /** The first element {@code <name ...>} of a record, and where its content ends. */
  static String inside(String record, String element, String content) {
    int open = record.indexOf('>') + 1;
    int close = record.lastIndexOf("</" + element + ">");
    return record.substring(0, open) + content + record.substring(close);
  }

  static String beforeClose(String record, String element, String added) {
    int close = record.lastIndexOf("</" + element + ">");
    return record.substring(0, close) + added + record.substring(close);
  }

  // ---------------------------------------------------------------------------------------------
  // ParlParse / TheyWorkForYou XML: records are <speech> elements, named by their id.

  static final class ParlParse implements Codec {
    private static final Pattern SPEECH = Pattern.compile("(?s)<speech\\b.*?</speech>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");
    private static final Pattern ID_DATE =
        Pattern.compile("(\\bid=\"uk\\.org\\.publicwhip/[a-z]+/)(\\d{4}-\\d{2}-\\d{2})");

    @Override
    public HostileSample parse(String name, String text, String companionName, String companion) {
      return split(name, text, SPEECH, null, null);
    }

    @Override
    public String key(HostileSample s, int i) {
      return group(ID, s.records.get(i).text());
    }

    @Override
    public HostileSample tag(HostileSample s, String tag) {
      List<Rec> rs = new ArrayList<>();
      for (Rec r : s.records) {
        // The id keeps its date prefix: uk.org.publicwhip/lords/2020-07-14.1301.2-tag.
        rs.add(r.withText(ID.matcher(r.text()).replaceFirst("id=\"$1-" + tag + "\"")));
      }
      return s.withRecords(rs);
    }

    @Override
    public Rec appendText(Rec r, String text) {
      return r.withText(beforeClose(r.text(), "speech", "<p>" + text + "</p>"));
    }

    @Override
    public Rec withoutText(Rec r) {
      return r.withText(inside(r.text(), "speech", ""));
    }

    @Override
    public HostileSample withDate(HostileSample s, int k, String date) {
      // The file name must not give the date either: debates2023-03-16c.xml → debates-undated.xml.
      String name = s.name.replaceAll("\\d{4}-\\d{2}-\\d{2}[a-z]?", "-undated");
      Rec r = s.records.get(k);
      Matcher m = ID_DATE.matcher(r.text());
      if (!m.find()) {
        throw new IllegalStateException("sample speech id without a date: " + r.text());
      }
      String t = r.text();
      String text =
          t.substring(0, m.start(2)) + (date == null ? "undated" : date) + t.substring(m.end(2));
      return s.withName(name).withRecord(k, r.withText(text));
    }

    @Override
    public HostileSample withEntities(HostileSample s, int k, String subset, String reference) {
      return s.withGap(0, withDoctype(s.gaps.get(0), "publicwhip", subset))
          .withRecord(k, appendText(s.records.get(k), reference));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // ParlaMint TEI: records are <u> elements named by xml:id; the -meta.tsv beside it is keyed by
  // the same ids. The sitting's date is the file's (header, metadata, file name).

  static final class ParlaMint implements Codec {
    private static final Pattern U = Pattern.compile("(?s)<u\\b.*?</u>");
    private static final Pattern ID = Pattern.compile("xml:id=\"([^\"]*)\"");
    private static final Pattern NAME_DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})");

    @Override
    public HostileSample parse(String name, String text, String companionName, String companion) {
      return split(name, text, U, companionName, companion);
    }

    @Override
    public String key(HostileSample s, int i) {
      return group(ID, s.records.get(i).text());
    }

    @Override
    public HostileSample tag(HostileSample s, String tag) {
      List<Rec> rs = new ArrayList<>();
      String meta = s.companion;
      for (int i = 0; i < s.records.size(); i++) {
        String id = key(s, i);
        Rec r = s.records.get(i);
        rs.add(
            r.withText(
                r.text().replace("xml:id=\"" + id + "\"", "xml:id=\"" + id + "-" + tag + "\"")));
        meta = meta.replace("\t" + id + "\t", "\t" + id + "-" + tag + "\t");
      }
      return s.withRecords(rs).withCompanion(s.companionName, meta);
    }

    @Override
    public Rec appendText(Rec r, String text) {
      return r.withText(beforeClose(r.text(), "u", "<seg>" + text + "</seg>"));
    }

    @Override
    public Rec withoutText(Rec r) {
      return r.withText(inside(r.text(), "u", ""));
    }

    /**
     * The date belongs to the sitting: every source of it (TEI header, metadata, file name, and the
     * ids that repeat the name) says {@code date}; null removes the header's and metadata's dates,
     * leaving the file name's.
     */
    @Override
    public HostileSample withDate(HostileSample s, int k, String date) {
      String day = group(NAME_DATE, s.name);
      if (date == null) {
        List<String> gaps = new ArrayList<>();
        for (String g : s.gaps) {
          gaps.add(g.replace("<date when=\"" + day + "\"/>", ""));
        }
        StringBuilder meta = new StringBuilder();
        for (String line : s.companion.split("\n", -1)) {
          meta.append(meta.length() > 0 ? "\n" : "")
              .append(line.replace("\t" + day + "\t", "\t-\t"));
        }
        return new HostileSample(s.name, gaps, s.records, s.companionName, meta.toString());
      }
      List<String> gaps = new ArrayList<>();
      for (String g : s.gaps) {
        gaps.add(g.replace(day, date));
      }
      List<Rec> rs = new ArrayList<>();
      for (Rec r : s.records) {
        rs.add(r.withText(r.text().replace(day, date)));
      }
      return new HostileSample(
          s.name.replace(day, date),
          gaps,
          rs,
          s.companionName.replace(day, date),
          s.companion.replace(day, date));
    }

    @Override
    public HostileSample withEntities(HostileSample s, int k, String subset, String reference) {
      return s.withGap(0, withDoctype(s.gaps.get(0), "TEI", subset))
          .withRecord(k, appendText(s.records.get(k), reference));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // JSON Lines: one record per line, named "line N". Changes go through Jackson so that the line
  // stays valid JSON unless the fault is that it is not.

  static final class JsonLines implements Codec {
    static final List<String> TEXT = List.of("text", "body", "content", "articleBody");
    static final List<String> ALL_TEXT =
        List.of("text", "body", "content", "articleBody", "description", "summary", "standfirst");
    static final List<String> DATE =
        List.of("date", "published", "datePublished", "published_at", "publishedAt", "pubDate");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public HostileSample parse(String name, String text, String companionName, String companion) {
      List<String> gaps = new ArrayList<>();
      List<Rec> recs = new ArrayList<>();
      gaps.add("");
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          recs.add(new Rec(line, true));
          gaps.add("\n");
        }
      }
      return new HostileSample(name, gaps, recs, null, null);
    }

    @Override
    public String key(HostileSample s, int i) {
      return "line " + (i + 1);
    }

    static ObjectNode object(Rec r) {
      try {
        return (ObjectNode) JSON.readTree(r.text());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("sample line is not JSON: " + r.text(), e);
      }
    }

    static Rec line(Rec r, ObjectNode o) {
      try {
        return r.withText(JSON.writeValueAsString(o));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public HostileSample tag(HostileSample s, String tag) {
      List<Rec> rs = new ArrayList<>();
      for (Rec r : s.records) {
        ObjectNode o = object(r);
        for (String f : List.of("id", "doc_id", "url", "link")) {
          if (o.hasNonNull(f)) {
            o.put(f, o.get(f).asText() + "-" + tag);
          }
        }
        rs.add(appendText(line(r, o), "\n\nVariant " + tag + "."));
      }
      return s.withRecords(rs);
    }

    @Override
    public Rec appendText(Rec r, String text) {
      ObjectNode o = object(r);
      for (String f : TEXT) {
        if (o.get(f) instanceof TextNode t) {
          o.put(f, t.asText() + text);
          return line(r, o);
        }
      }
      throw new IllegalStateException("sample line without text: " + r.text());
    }

    @Override
    public Rec withoutText(Rec r) {
      ObjectNode o = object(r);
      ALL_TEXT.forEach(o::remove);
      return line(r, o);
    }

    @Override
    public HostileSample withDate(HostileSample s, int k, String date) {
      ObjectNode o = object(s.records.get(k));
      String field = DATE.stream().filter(o::has).findFirst().orElse("date");
      DATE.forEach(o::remove);
      if (date != null) {
        o.put(field, date);
      }
      return s.withRecord(k, line(s.records.get(k), o));
    }

    @Override
    public HostileSample withEntities(HostileSample s, int k, String subset, String reference) {
      throw new UnsupportedOperationException("JSON has no entities");
    }

    /** Line {@code k} as a JSON array holding the record. */
    HostileSample asArray(HostileSample s, int k) {
      Rec r = s.records.get(k);
      return s.withRecord(k, r.withText("[" + r.text() + "]"));
    }

    HostileSample asNumber(HostileSample s, int k) {
      return s.withRecord(k, s.records.get(k).withText("42"));
    }

    /** Line {@code k} with a field nested far deeper than any parser allows. */
    HostileSample deeplyNested(HostileSample s, int k, int depth) {
      Rec r = s.records.get(k);
      String nested = "[".repeat(depth) + "]".repeat(depth);
      String t = r.text();
      return s.withRecord(
          k, r.withText(t.substring(0, t.length() - 1) + ", \"extra\": " + nested + "}"));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // An HTML page: one record, "page". The article's paragraphs are <p> elements; its dates are
  // ISO date-times in meta content, JSON-LD and <time datetime>.

  static class Html implements Codec {
    private static final Pattern PARAGRAPH = Pattern.compile("(?s)<p\\b[^>]*>(.*?)</p>");
    private static final Pattern CANONICAL =
        Pattern.compile("<link rel=\"canonical\" href=\"([^\"]+)\"");
    private static final Pattern ISO_DATE =
        Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:T[0-9:.]+(?:Z|[+-]\\d{2}:\\d{2})?)?");

    @Override
    public HostileSample parse(String name, String text, String companionName, String companion) {
      return new HostileSample(name, List.of("", ""), List.of(new Rec(text, true)), null, null);
    }

    @Override
    public String key(HostileSample s, int i) {
      return "page";
    }

    @Override
    public HostileSample tag(HostileSample s, String tag) {
      List<Rec> rs = new ArrayList<>();
      for (Rec r : s.records) {
        rs.add(r.document() ? tagPage(r, tag) : r);
      }
      return s.withRecords(rs);
    }

    Rec tagPage(Rec r, String tag) {
      String url = group(CANONICAL, r.text());
      return appendText(
          r.withText(r.text().replace(url, url + "-" + tag)), " Variant " + tag + ".");
    }

    /** Adds the text at the end of the page's longest paragraph (the article's, not furniture). */
    @Override
    public Rec appendText(Rec r, String text) {
      String page = r.text();
      int end = longestParagraph(page).end(1);
      return r.withText(page.substring(0, end) + text + page.substring(end));
    }

    /** Where to cut a page so that its article is half there: inside its longest paragraph. */
    int middleOfArticle(String page) {
      Matcher m = longestParagraph(page);
      return (m.start(1) + m.end(1)) / 2;
    }

    private static Matcher longestParagraph(String page) {
      Matcher m = PARAGRAPH.matcher(page);
      int best = -1;
      int bestLength = -1;
      int i = 0;
      while (m.find()) {
        if (m.group(1).length() > bestLength) {
          bestLength = m.group(1).length();
          best = i;
        }
        i++;
      }
      if (best < 0) {
        throw new IllegalStateException("sample page without paragraphs");
      }
      m.reset();
      for (int j = 0; j <= best; j++) {
        m.find();
      }
      return m;
    }

    /** Every paragraph, heading, caption and list item gone: a page of furniture only. */
    @Override
    public Rec withoutText(Rec r) {
      String t = r.text();
      for (String e : List.of("p", "h1", "h2", "h3", "figcaption", "li", "script")) {
        t = t.replaceAll("(?s)<" + e + "\\b[^>]*>.*?</" + e + ">", "");
      }
      return r.withText(t);
    }

    @Override
    public HostileSample withDate(HostileSample s, int k, String date) {
      return s.withRecord(k, dated(s.records.get(k), date));
    }

    Rec dated(Rec r, String date) {
      String t = r.text();
      if (date == null) {
        t = t.replaceAll("<meta [^>]*content=\"" + ISO_DATE.pattern() + "\"[^>]*>", "");
        t = t.replaceAll("\\s*\"date(Published|Modified)\":\\s*\"[^\"]*\",?", "");
        t = t.replaceAll(" datetime=\"[^\"]*\"", "");
        return r.withText(t);
      }
      return r.withText(ISO_DATE.matcher(t).replaceAll(Matcher.quoteReplacement(date)));
    }

    @Override
    public HostileSample withEntities(HostileSample s, int k, String subset, String reference) {
      return s.withRecord(k, entities(s.records.get(k), subset, reference));
    }

    Rec entities(Rec r, String subset, String reference) {
      String t = r.text().replaceFirst("(?i)<!DOCTYPE html>", "<!DOCTYPE html [" + subset + "]>");
      return appendText(r.withText(t), reference);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // WARC: every record is kept as text (WARC headers, then the block); response records are
  // documents, named by their WARC-Record-ID. Lengths are recomputed when a record is written, and
  // digests dropped, so a changed page is still a well-formed record.

  static final class Warc extends Html {
    private static final Pattern RECORD_ID = Pattern.compile("WARC-Record-ID: <([^>]+)>");
    private static final Pattern TARGET = Pattern.compile("WARC-Target-URI: (\\S+)");
    private static final Pattern LENGTH = Pattern.compile("(?im)^Content-Length: *\\d+\\r?$");
    private static final String CRLF2 = "\r\n\r\n";

    /** One char per byte while parsing, so that Content-Length counts characters. */
    @Override
    public java.nio.charset.Charset charset() {
      return StandardCharsets.ISO_8859_1;
    }

    @Override
    public HostileSample parse(String name, String text, String companionName, String companion) {
      List<String> gaps = new ArrayList<>();
      List<Rec> recs = new ArrayList<>();
      gaps.add("");
      int at = 0;
      while (at < text.length()) {
        String rest = text.substring(at);
        int head = rest.indexOf(CRLF2);
        String headers = rest.substring(0, head);
        Matcher len = Pattern.compile("(?im)^Content-Length: *(\\d+)").matcher(headers);
        if (!len.find()) {
          throw new IllegalStateException("WARC record without Content-Length");
        }
        int end = head + CRLF2.length() + Integer.parseInt(len.group(1)) + CRLF2.length();
        String raw = rest.substring(0, end);
        // Stored as ISO-8859-1 (one char per byte) while parsing; decoded as UTF-8 for editing.
        String record =
            new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        // Documents: HTML responses (a robots.txt response is skipped by the reader).
        boolean page =
            headers.contains("WARC-Type: response")
                && record.toLowerCase(java.util.Locale.ROOT).contains("content-type: text/html");
        recs.add(new Rec(record, page));
        gaps.add("");
        at += end;
      }
      return new HostileSample(name, gaps, recs, null, null);
    }

    @Override
    public String key(HostileSample s, int i) {
      return group(RECORD_ID, s.records.get(i).text());
    }

    @Override
    public HostileSample tag(HostileSample s, String tag) {
      Set<String> targets = new LinkedHashSet<>();
      for (Rec r : s.records) {
        if (r.document()) {
          targets.add(group(TARGET, r.text()));
        }
      }
      List<Rec> rs = new ArrayList<>();
      for (Rec r : s.records) {
        String t = r.text();
        for (String u : targets) {
          t = t.replace(u, u + "-" + tag);
        }
        Rec tagged = r.withText(t);
        rs.add(r.document() ? appendText(tagged, " Variant " + tag + ".") : tagged);
      }
      return s.withRecords(rs);
    }

    private static int payloadStart(String record) {
      int block = record.indexOf(CRLF2) + CRLF2.length();
      return record.indexOf(CRLF2, block) + CRLF2.length();
    }

    private Rec onPayload(Rec r, java.util.function.UnaryOperator<Rec> edit) {
      String t = r.text();
      int p = payloadStart(t);
      String tail = "\r\n\r\n";
      String html = t.substring(p, t.length() - tail.length());
      return r.withText(t.substring(0, p) + edit.apply(r.withText(html)).text() + tail);
    }

    @Override
    public Rec appendText(Rec r, String text) {
      return onPayload(r, page -> super.appendText(page, text));
    }

    @Override
    public Rec withoutText(Rec r) {
      return onPayload(r, super::withoutText);
    }

    @Override
    public HostileSample withDate(HostileSample s, int k, String date) {
      // Only the page's own dates: WARC-Date is the crawl's and stays.
      return s.withRecord(k, onPayload(s.records.get(k), page -> dated(page, date)));
    }

    @Override
    public HostileSample withEntities(HostileSample s, int k, String subset, String reference) {
      return s.withRecord(
          k, onPayload(s.records.get(k), page -> entities(page, subset, reference)));
    }

    /** The record with its Content-Length headers (WARC and HTTP) matching its bytes. */
    @Override
    public String renderRecord(Rec r) {
      String t = r.text();
      int headEnd = t.indexOf(CRLF2);
      String warcHead = t.substring(0, headEnd);
      String block = t.substring(headEnd + CRLF2.length(), t.length() - CRLF2.length());
      if (r.document()) {
        int httpEnd = block.indexOf(CRLF2);
        String httpHead = block.substring(0, httpEnd);
        String body = block.substring(httpEnd + CRLF2.length());
        httpHead =
            LENGTH
                .matcher(httpHead)
                .replaceAll("Content-Length: " + HostileSample.bytes(body).length);
        block = httpHead + CRLF2 + body;
      }
      warcHead =
          LENGTH
              .matcher(warcHead)
              .replaceAll("Content-Length: " + HostileSample.bytes(block).length);
      warcHead = warcHead.replaceAll("(?m)^WARC-(Block|Payload)-Digest:.*\\r?\\n", "");
      return warcHead + CRLF2 + block + CRLF2;
    }
  }
}
