package org.concerntracker.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.concerntracker.model.Platform;

/**
 * The CoreNLP pipelines, built once per JVM and shared by every task in it (a pipeline takes
 * seconds to load and up to a gigabyte of heap; {@code annotate} is thread-safe). This is the only
 * class that touches CoreNLP types; everything else sees {@link ParsedSentence}.
 *
 * <ul>
 *   <li>{@link #sentences(String)}: tokenize + ssplit only (about 570,000 tokens/s), for splitting
 *       every document that has a platform name in it;
 *   <li>{@link #parse(List)}: pos, lemma, NER (coarse, no SUTime, the platform gazetteer added with
 *       {@code ner.additional.regexner.mapping}) and dependency parse, for the few sentences the
 *       selector keeps.
 * </ul>
 */
public final class CoreNlp {

  /** A sentence's span in the document. */
  public record Span(int begin, int end) {}

  private static final Map<String, CompletableFuture<StanfordCoreNLP>> PIPELINES =
      new ConcurrentHashMap<>();

  private final PlatformCatalog catalog;
  private final String key;

  public CoreNlp(PlatformCatalog catalog) {
    this.catalog = catalog;
    this.key = Integer.toHexString(mapping(catalog).hashCode());
  }

  /**
   * Loads both pipelines now (once per JVM), so that the time spent annotating documents does not
   * include the seconds it takes to load the models.
   */
  public void load() {
    splitter();
    parser();
  }

  /** The sentence spans of {@code text} (tokenize + ssplit). */
  public List<Span> sentences(String text) {
    Annotation a = new Annotation(text);
    splitter().annotate(a);
    List<Span> spans = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      spans.add(
          new Span(
              s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
    }
    return spans;
  }

  /**
   * Fully annotates each requested sentence on its own.
   *
   * @param requests (sentence index, document offset, sentence text)
   */
  public List<ParsedSentence> parse(List<SentenceRequest> requests) {
    if (requests.isEmpty()) {
      return List.of(); // nothing to parse: do not load the models for it
    }
    StanfordCoreNLP nlp = parser();
    List<ParsedSentence> out = new ArrayList<>(requests.size());
    for (SentenceRequest r : requests) {
      Annotation a = new Annotation(r.text());
      nlp.annotate(a);
      out.add(convert(r, a));
    }
    return out;
  }

  /** The JVM's tokenize + ssplit pipeline. */
  private static StanfordCoreNLP splitter() {
    return pipeline("split", () -> new StanfordCoreNLP(splitProps()));
  }

  /** The JVM's full parse pipeline for this catalogue's gazetteer. */
  private StanfordCoreNLP parser() {
    return pipeline("parse-" + key, () -> loadInParallel(parseProps(catalog)));
  }

  /** A sentence to parse: its index, its offset in the document, its text. */
  public record SentenceRequest(int index, int begin, String text) {}

  private static ParsedSentence convert(SentenceRequest r, Annotation a) {
    List<ParsedSentence.Token> tokens = new ArrayList<>();
    List<ParsedSentence.Edge> edges = new ArrayList<>();
    List<Integer> basic = new ArrayList<>();
    int offset = 0;
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel t : labels) {
        tokens.add(
            new ParsedSentence.Token(
                t.word(),
                t.lemma() == null ? t.word() : t.lemma(),
                t.tag(),
                t.ner() == null ? "O" : t.ner(),
                r.begin() + t.beginPosition(),
                r.begin() + t.endPosition()));
      }
      SemanticGraph g =
          s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (g != null) {
        for (SemanticGraphEdge e : g.edgeIterable()) {
          edges.add(
              new ParsedSentence.Edge(
                  offset + e.getGovernor().index() - 1,
                  offset + e.getDependent().index() - 1,
                  e.getRelation().toString()));
        }
        for (var root : g.getRoots()) {
          edges.add(new ParsedSentence.Edge(-1, offset + root.index() - 1, "root"));
        }
      }
      int[] heads = new int[labels.size()];
      java.util.Arrays.fill(heads, -1);
      SemanticGraph b = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (b != null) {
        for (SemanticGraphEdge e : b.edgeIterable()) {
          heads[e.getDependent().index() - 1] = offset + e.getGovernor().index() - 1;
        }
      }
      for (int h : heads) {
        basic.add(h);
      }
      offset += labels.size();
    }
    return new ParsedSentence(
        r.index(),
        r.begin(),
        r.text(),
        tokens,
        edges,
        basic.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The JVM's pipeline of this name, built by the first caller; others wait for that one pipeline
   * only (a map lock held while models load would also stall callers of the other pipeline).
   */
  private static StanfordCoreNLP pipeline(String name, Supplier<StanfordCoreNLP> build) {
    CompletableFuture<StanfordCoreNLP> mine = new CompletableFuture<>();
    CompletableFuture<StanfordCoreNLP> f = PIPELINES.putIfAbsent(name, mine);
    if (f == null) {
      try {
        mine.complete(build.get());
      } catch (RuntimeException | Error e) {
        PIPELINES.remove(name, mine);
        mine.completeExceptionally(e);
        throw e;
      }
      return mine.join();
    }
    return join(f);
  }

  /** The future's value; a loader's own runtime exception is thrown as itself, not wrapped. */
  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * Builds a full parse pipeline with its two slow annotators loading at once (issue 8): NER's
   * classifiers in a helper thread while this thread loads the dependency parser, where CoreNLP
   * would load them one after the other (about 40% of a cold load is NER, 60% the parser). Both
   * land in CoreNLP's annotator pool, from which the full pipeline then takes them.
   */
  private static StanfordCoreNLP loadInParallel(Properties props) {
    Properties ner = withAnnotators(props, "tokenize,ssplit,pos,lemma,ner");
    Properties parser = withAnnotators(props, "tokenize,ssplit,pos,depparse");
    CompletableFuture<StanfordCoreNLP> nerLoad =
        CompletableFuture.supplyAsync(
            () -> new StanfordCoreNLP(ner),
            r -> {
              Thread t = new Thread(r, "corenlp-ner-load");
              t.setDaemon(true);
              t.start();
            });
    new StanfordCoreNLP(parser);
    join(nerLoad);
    return new StanfordCoreNLP(props);
  }

  private static Properties withAnnotators(Properties props, String annotators) {
    Properties p = new Properties();
    p.putAll(props);
    p.setProperty("annotators", annotators);
    return p;
  }

  private static Properties splitProps() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    // Paragraph breaks ("\n\n") always end a sentence; single newlines do not.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return p;
  }

  static Properties parseProps(PlatformCatalog catalog) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("ssplit.isOneSentence", "true");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.additional.regexner.mapping", mappingFile(catalog).toString());
    return p;
  }

  /** The platform gazetteer in regexner's format: one line per name, tokens as regexes. */
  static String mapping(PlatformCatalog catalog) {
    StringBuilder b = new StringBuilder();
    for (Platform pl : catalog.platforms()) {
      List<String> names = new ArrayList<>();
      names.add(pl.name());
      names.addAll(pl.aliases());
      for (String n : names) {
        boolean exact = pl.caseSensitiveAliases().contains(n);
        b.append(tokensPattern(n, !exact))
            .append("\tPLATFORM\tORGANIZATION,MISC,PERSON,LOCATION,O\t2\n");
      }
      for (String n : pl.caseSensitiveAliases()) {
        if (!names.contains(n)) {
          b.append(tokensPattern(n, false))
              .append("\tPLATFORM\tORGANIZATION,MISC,PERSON,LOCATION,O\t2\n");
        }
      }
    }
    return b.toString();
  }

  private static String tokensPattern(String name, boolean ignoreCase) {
    StringBuilder b = new StringBuilder();
    for (String t : name.strip().split("\\s+")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(ignoreCase ? "(?i)" : "").append(Pattern.quote(t));
    }
    return b.toString();
  }

  private static Path mappingFile(PlatformCatalog catalog) {
    try {
      Path f = Files.createTempFile("concern-tracker-platforms", ".regexner.tsv");
      f.toFile().deleteOnExit();
      Files.writeString(f, mapping(catalog), StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the platform gazetteer for CoreNLP", e);
    }
  }
}
