package org.concerntracker.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stanford CoreNLP with the pipeline's heavy annotators and settings ({@link
 * CoreNlp#parseProps(PlatformCatalog)}: tokenize, ssplit as one sentence, pos, lemma, NER with the
 * platform gazetteer, depparse), run over sentences in a plain single-threaded loop and nothing
 * else: the benchmark's baseline. {@code jobs/bench} runs it through {@link #main(String[])} in a
 * JVM of its own, so it starts as cold as the pipeline's NLP stage does and shares nothing with it.
 */
public final class BareCoreNlp {

  /** What a loop over some sentences cost. */
  public record Result(long loadNanos, int sentences, long tokens, long chars, long nanos) {

    /** The line {@link #main(String[])} prints. */
    public String line() {
      return String.format(
          Locale.ROOT,
          "bare-corenlp load_ns=%d sentences=%d tokens=%d chars=%d nanos=%d",
          loadNanos,
          sentences,
          tokens,
          chars,
          nanos);
    }

    /** Reads {@link #line()}. */
    public static Result parse(String line) {
      String[] f = line.strip().split("\\s+");
      long[] v = new long[5];
      for (int i = 0; i < 5; i++) {
        v[i] = Long.parseLong(f[i + 1].substring(f[i + 1].indexOf('=') + 1));
      }
      return new Result(v[0], (int) v[1], v[2], v[3], v[4]);
    }
  }

  private final StanfordCoreNLP pipeline;
  private final long loadNanos;

  public BareCoreNlp(PlatformCatalog catalog) {
    long t0 = System.nanoTime();
    this.pipeline = new StanfordCoreNLP(CoreNlp.parseProps(catalog));
    this.loadNanos = System.nanoTime() - t0;
  }

  /** Annotates each sentence on its own, in order, on the calling thread. */
  public Result annotate(List<String> sentences) {
    long tokens = 0;
    long chars = 0;
    long t0 = System.nanoTime();
    for (String s : sentences) {
      Annotation a = new Annotation(s);
      pipeline.annotate(a);
      tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
      chars += s.length();
    }
    return new Result(loadNanos, sentences.size(), tokens, chars, System.nanoTime() - t0);
  }

  /** Writes sentences one per line, as {@link #main(String[])} reads them. */
  public static void write(Path file, List<String> sentences) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String s : sentences) {
        w.write(s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
        w.write('\n');
      }
    }
  }

  private static List<String> read(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      StringBuilder b = new StringBuilder(line.length());
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\' && i + 1 < line.length()) {
          char n = line.charAt(++i);
          b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
        } else {
          b.append(c);
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  /**
   * {@code BareCoreNlp SENTENCES_FILE [WARM_UP]}: loads the pipeline (timed), annotates the first
   * WARM_UP sentences untimed, then the rest timed, and prints {@link Result#line()}.
   */
  public static void main(String[] args) throws IOException {
    List<String> sentences = read(Path.of(args[0]));
    int warmUp = args.length > 1 ? Math.min(Integer.parseInt(args[1]), sentences.size()) : 0;
    BareCoreNlp bare = new BareCoreNlp(PlatformCatalog.builtIn());
    bare.annotate(sentences.subList(0, warmUp));
    System.out.println(bare.annotate(sentences.subList(warmUp, sentences.size())).line());
  }
}
