package org.concerntracker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.concerntracker.ingest.FileIngestor;
import org.concerntracker.ingest.InputKind;
import org.concerntracker.ingest.LocalInputFile;
import org.concerntracker.ingest.news.NewsDeduplicator;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.model.Document;

/**
 * Builds the benchmark's input: {@code n} documents sampled (with replacement, seeded) from a real
 * corpus, written as the pipeline reads them: Hansard speeches as ParlParse XML sittings, news
 * articles as JSON Lines. Every copy gets a fresh id; dates move by up to a year either way (the
 * members named stay plausible for the date), so the tables spread over several years. A news
 * article drawn more than once gets a one-line paragraph naming its copy, or the pipeline would
 * merge the copies as syndicated duplicates.
 *
 * <p>The pool is what the project's own readers make of the corpus: {@code hansard/} (ParlParse and
 * ParlaMint) and {@code news/derived/news_index.jsonl} of {@code ../shared/corpus}, or {@code
 * data-samples/} when the corpus is absent.
 */
public final class BenchCorpus {

  /** Speeches per Hansard file, articles per JSON Lines file: many files, so ingest spreads. */
  private static final int SPEECHES_PER_FILE = 200;

  private static final int ARTICLES_PER_FILE = 500;
  private static final LocalDate NO_DATE_FROM = LocalDate.of(2015, 1, 1);

  /** The corpus written, and what it holds. */
  public record Built(
      Path hansard,
      Path news,
      Path members,
      String pool,
      int poolDocuments,
      int hansardDocuments,
      int newsDocuments,
      long textChars,
      long bytes) {}

  /** Where to sample from: Hansard and news inputs, and the members file that goes with them. */
  public record Pool(String name, List<Path> hansard, List<Path> news, Path members) {

    /** The real corpus under {@code shared/corpus} if it is there, else {@code data-samples/}. */
    public static Pool locate(Path repo, Path shared) {
      Path corpus = shared.resolve("corpus");
      Path index = corpus.resolve("news/derived/news_index.jsonl");
      if (Files.isDirectory(corpus.resolve("hansard")) && Files.isRegularFile(index)) {
        return new Pool(
            corpus.toString(),
            List.of(corpus.resolve("hansard")),
            List.of(index),
            corpus.resolve("members/derived/people.json"));
      }
      Path samples = repo.resolve("data-samples");
      return new Pool(
          samples.toString(),
          List.of(samples.resolve("hansard")),
          List.of(samples.resolve("news")),
          samples.resolve("members/people.json"));
    }
  }

  private BenchCorpus() {}

  /** Writes {@code n} sampled documents under {@code into} ({@code hansard/}, {@code news/}). */
  public static Built build(Pool pool, int n, long seed, Path into) throws IOException {
    MemberRegistry registry;
    try (var in = Files.newInputStream(pool.members())) {
      registry = MemberRegistry.load(in);
    }
    List<Document> speeches = read(InputKind.HANSARD, pool.hansard(), registry);
    // The same article read from several formats is one article to draw.
    List<Document> articles = NewsDeduplicator.merge(read(InputKind.NEWS, pool.news(), registry));
    int poolSize = speeches.size() + articles.size();
    if (poolSize == 0) {
      throw new IllegalArgumentException("no documents to sample in " + pool.name());
    }
    Random random = new Random(seed);
    // Draw uniformly from the whole pool; Hansard speeches stay grouped by their sitting.
    Map<String, List<Document>> sittings = new LinkedHashMap<>();
    List<Document> drawnArticles = new ArrayList<>();
    Map<Document, Integer> copies = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int k = random.nextInt(poolSize);
      if (k < speeches.size()) {
        Document d = speeches.get(k);
        sittings.computeIfAbsent(sitting(d), s -> new ArrayList<>()).add(d);
      } else {
        Document d = articles.get(k - speeches.size());
        int copy = copies.merge(d, 1, Integer::sum) - 1;
        drawnArticles.add(copy == 0 ? d : withCopyLine(d, copy));
      }
    }
    Path hansardDir = Files.createDirectories(into.resolve("hansard"));
    Path newsDir = Files.createDirectories(into.resolve("news"));
    long chars = 0;
    int hansardCount = 0;
    Set<LocalDate> usedDates = new HashSet<>();
    int file = 0;
    for (List<Document> sitting : sittings.values()) {
      for (int from = 0; from < sitting.size(); from += SPEECHES_PER_FILE) {
        List<Document> part =
            sitting.subList(from, Math.min(sitting.size(), from + SPEECHES_PER_FILE));
        LocalDate date = freshDate(part.get(0).date(), random, usedDates);
        chars += writeSitting(hansardDir, date, file++, part);
        hansardCount += part.size();
      }
    }
    for (int from = 0, f = 0; from < drawnArticles.size(); from += ARTICLES_PER_FILE, f++) {
      List<Document> part =
          drawnArticles.subList(from, Math.min(drawnArticles.size(), from + ARTICLES_PER_FILE));
      chars += writeArticles(newsDir.resolve(String.format("news-%04d.jsonl", f)), f, part, random);
    }
    return new Built(
        hansardDir,
        newsDir,
        pool.members(),
        pool.name(),
        poolSize,
        hansardCount,
        drawnArticles.size(),
        chars,
        size(hansardDir) + size(newsDir));
  }

  private static List<Document> read(InputKind kind, List<Path> roots, MemberRegistry registry)
      throws IOException {
    List<Document> out = new ArrayList<>();
    for (Path root : roots) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(root)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        for (Document d : FileIngestor.ingest(kind, new LocalInputFile(f), registry).documents()) {
          if (d.text() != null && !d.text().isBlank()) {
            out.add(d);
          }
        }
      }
    }
    return out;
  }

  private static String sitting(Document d) {
    int hash = d.origin().indexOf('#');
    return hash < 0 ? d.origin() : d.origin().substring(0, hash);
  }

  private static Document withCopyLine(Document d, int copy) {
    return d.withText(d.text() + Document.PARAGRAPH_BREAK + "Copy " + copy + ".");
  }

  /** The original date moved by up to a year either way; a date no other sitting has. */
  private static LocalDate freshDate(LocalDate original, Random random, Set<LocalDate> used) {
    LocalDate base = original == null ? NO_DATE_FROM.plusDays(random.nextInt(9 * 365)) : original;
    for (int attempt = 0; ; attempt++) {
      LocalDate d = base.plusDays(random.nextInt(731) - 365L + attempt / 10 * 800L);
      if (used.add(d)) {
        return d;
      }
    }
  }

  private static long writeSitting(Path dir, LocalDate date, int file, List<Document> speeches)
      throws IOException {
    // One file per sitting; the letter after the date keeps names unique as TheyWorkForYou does.
    Path f = dir.resolve("debates" + date + "a.xml");
    long chars = 0;
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<publicwhip scraperversion=\"d\">\n");
      String heading = null;
      int k = 0;
      for (Document d : speeches) {
        String id = "uk.org.publicwhip/debate/" + date + "a." + (100 + k / 10) + "." + (k % 10);
        if (d.title() != null && !d.title().equals(heading)) {
          heading = d.title();
          w.write("<major-heading id=\"" + id + "h\" nospeaker=\"true\">");
          w.write(xml(heading));
          w.write("</major-heading>\n");
        }
        w.write("<speech id=\"" + id + "\"");
        if (d.speaker() != null) {
          w.write(" speakername=\"" + xml(d.speaker()) + "\"");
        }
        String ref = d.speakerRef();
        if (ref != null && ref.startsWith("uk.org.publicwhip/person/")) {
          w.write(" person_id=\"" + xml(ref) + "\"");
        } else if (ref != null && ref.startsWith("uk.org.publicwhip/member/")) {
          w.write(" speakerid=\"" + xml(ref) + "\"");
        }
        if (d.speakerOffice() != null) {
          w.write(" speakeroffice=\"" + xml(d.speakerOffice()) + "\"");
        }
        w.write(" type=\"Start Speech\" colnum=\"" + (100 + k / 10) + "\" time=\"\" url=\"\">\n");
        int p = 1;
        for (String para : d.paragraphs()) {
          w.write("<p pid=\"b" + k + "/" + p++ + "\">" + xml(para) + "</p>\n");
          chars += para.length();
        }
        w.write("</speech>\n");
        k++;
      }
      w.write("</publicwhip>\n");
    }
    return chars;
  }

  private static long writeArticles(Path f, int file, List<Document> articles, Random random)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    long chars = 0;
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      int k = 0;
      for (Document d : articles) {
        LocalDate date =
            (d.date() == null ? NO_DATE_FROM.plusDays(random.nextInt(9 * 365)) : d.date())
                .plusDays(random.nextInt(731) - 365L);
        String id = String.format("bench-%04d-%04d", file, k++);
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("url", "https://news.bench.invalid/" + date.toString().replace('-', '/') + "/" + id);
        o.put("title", d.title());
        o.put("date", date.toString());
        o.put("publisher", d.publisher());
        o.put("author", d.speaker());
        o.put("text", d.text());
        w.write(json.writeValueAsString(o));
        w.write('\n');
        chars += d.text().length();
      }
    }
    return chars;
  }

  private static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static long size(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
