package org.concerntracker.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.concerntracker.ingest.DocIds;
import org.concerntracker.members.MemberRegistry;
import org.concerntracker.model.Attribution;
import org.concerntracker.model.Document;
import org.concerntracker.model.Evidence;
import org.concerntracker.model.Mention;
import org.concerntracker.model.Reject;
import org.concerntracker.model.Source;
import org.concerntracker.model.Stance;

/**
 * The NLP stage for one document: the platform filter first (text naming no platform costs one
 * scan), then sentence splitting, then the heavy annotators on the few sentences that name a
 * platform or refer back to one; from those, entity mentions, the holders of views and their
 * stance.
 *
 * <p>Hansard: the speaker holds the speech's views. News: see {@link NewsAttributor}.
 */
public final class DocumentAnalyzer {

  private static final Pattern SECURITY_TITLE =
      Pattern.compile(
          "secur|surveil|espionage|spy|spying|data|cyber|privacy|china|chinese|intelligence|5g|telecom",
          Pattern.CASE_INSENSITIVE);

  private final PlatformMatcher matcher;
  private final CueLexicon lexicon;
  private final StanceClassifier classifier;
  private final MemberRegistry registry;
  private final MemberLinker linker;
  private final CoreNlp nlp;

  public DocumentAnalyzer(PlatformCatalog catalog, MemberRegistry registry) {
    this.matcher = new PlatformMatcher(catalog);
    this.lexicon = CueLexicon.builtIn();
    this.classifier = new StanceClassifier(lexicon);
    this.registry = registry;
    this.linker = new MemberLinker(registry);
    this.nlp = new CoreNlp(catalog);
  }

  /** Analyses one document; a failure becomes a reject, never an exception. */
  public Analysis analyze(Document doc) {
    try {
      return run(doc);
    } catch (RuntimeException | StackOverflowError e) {
      return new Analysis(
          List.of(),
          List.of(),
          List.of(
              new Reject(
                  doc.origin(),
                  doc.docId(),
                  "annotate",
                  "analysis failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                  doc.text())),
          0,
          0,
          0);
    }
  }

  private Analysis run(Document doc) {
    String text = doc.text();
    if (text == null || text.isEmpty()) {
      return Analysis.empty();
    }
    List<PlatformMatcher.Hit> hits = matcher.find(text);
    if (hits.isEmpty()) {
      return Analysis.empty();
    }
    long t0 = System.nanoTime();
    List<CoreNlp.Span> spans = nlp.sentences(text);
    int[] paragraphOf = paragraphs(text, spans);
    List<String> sentenceTexts = new ArrayList<>();
    List<List<String>> named = new ArrayList<>();
    for (CoreNlp.Span sp : spans) {
      sentenceTexts.add(text.substring(sp.begin(), sp.end()));
      named.add(
          hits.stream()
              .filter(h -> h.begin() >= sp.begin() && h.begin() < sp.end())
              .map(PlatformMatcher.Hit::platform)
              .distinct()
              .toList());
    }
    List<SentenceSelector.Selected> selected =
        SentenceSelector.select(sentenceTexts, named, paragraphOf);
    List<CoreNlp.SentenceRequest> requests = new ArrayList<>();
    Map<Integer, String> carried = new LinkedHashMap<>();
    for (SentenceSelector.Selected sel : selected) {
      CoreNlp.Span sp = spans.get(sel.index());
      requests.add(
          new CoreNlp.SentenceRequest(sel.index(), sp.begin(), sentenceTexts.get(sel.index())));
      if (sel.carriedPlatform() != null) {
        carried.put(sel.index(), sel.carriedPlatform());
      }
    }
    List<ParsedSentence> parsed = nlp.parse(requests);
    long nlpNanos = System.nanoTime() - t0;

    boolean securityContext = securityContext(doc, parsed);
    List<MemberLinker.Link> links = linker.link(text, doc.date());
    NewsAttributor attributor =
        doc.source() == Source.NEWS ? new NewsAttributor(text, links, doc.personId()) : null;
    List<Mention> mentions = new ArrayList<>();
    Map<String, Evidence> evidence = new LinkedHashMap<>();
    for (ParsedSentence ps : parsed) {
      mentions.addAll(Mentions.of(doc.docId(), ps, hits, carried.get(ps.index()), links));
      for (Map.Entry<String, List<Integer>> target :
          anchors(ps, hits, carried.get(ps.index())).entrySet()) {
        String platform = target.getKey();
        List<Integer> anchorTokens = target.getValue();
        if (doc.source() == Source.HANSARD) {
          if (doc.speaker() == null) {
            continue;
          }
          var j =
              classifier.classify(
                  ps, anchorTokens, StanceClassifier.Context.speaker(securityContext));
          put(
              evidence,
              evidence(
                  doc,
                  ps,
                  doc.personId(),
                  speakerName(doc),
                  doc.party(),
                  platform,
                  Attribution.SPEAKER,
                  j));
        } else {
          int offset = ps.tokens().get(anchorTokens.get(0)).begin();
          for (NewsAttributor.Holder h : attributor.holders(ps, anchorTokens, offset)) {
            StanceClassifier.Judgement j =
                h.viewsCount()
                    ? classifier.classify(ps, anchorTokens, context(securityContext, h))
                    : new StanceClassifier.Judgement(
                        Stance.NEUTRAL, 0.8, List.of("mentioned-only"));
            List<String> cues = new ArrayList<>(j.cues());
            cues.add("holder:" + h.attribution().code());
            j = new StanceClassifier.Judgement(j.stance(), j.confidence(), cues);
            String party = registry.partyAt(h.personId(), doc.date()).orElse(null);
            String name = registry.name(h.personId()).orElse(h.personId());
            put(
                evidence,
                evidence(doc, ps, h.personId(), name, party, platform, h.attribution(), j));
          }
        }
      }
    }
    return new Analysis(
        mentions, List.copyOf(evidence.values()), List.of(), spans.size(), parsed.size(), nlpNanos);
  }

  private static StanceClassifier.Context context(
      boolean securityContext, NewsAttributor.Holder h) {
    if (h.quote() != null) {
      return StanceClassifier.Context.quoted(securityContext, h.quote().begin(), h.quote().end());
    }
    return h.tokens().isEmpty()
        ? StanceClassifier.Context.speaker(securityContext)
        : StanceClassifier.Context.named(securityContext, h.tokens());
  }

  /** The platforms a sentence is about, each with the tokens that name (or refer back to) it. */
  private static Map<String, List<Integer>> anchors(
      ParsedSentence ps, List<PlatformMatcher.Hit> hits, String carried) {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    int end = ps.begin() + ps.text().length();
    for (PlatformMatcher.Hit h : hits) {
      if (h.begin() >= ps.begin() && h.begin() < end) {
        out.computeIfAbsent(h.platform(), k -> new ArrayList<>())
            .addAll(ps.tokensIn(h.begin(), h.end()));
      }
    }
    if (out.isEmpty() && carried != null) {
      List<Integer> ref = Mentions.referringTokens(ps);
      if (!ref.isEmpty()) {
        out.put(carried, ref);
      }
    }
    out.values().removeIf(List::isEmpty);
    return out;
  }

  private static void put(Map<String, Evidence> into, Evidence e) {
    // One row per (sentence, person, platform): the stronger stance, then the surer, wins.
    into.merge(
        e.evidenceId(),
        e,
        (a, b) -> {
          if (a.stance() != b.stance()) {
            return Stance.strongest(a.stance(), b.stance()) == a.stance() ? a : b;
          }
          return a.confidence() >= b.confidence() ? a : b;
        });
  }

  private Evidence evidence(
      Document doc,
      ParsedSentence ps,
      String personId,
      String name,
      String party,
      String platform,
      Attribution attribution,
      StanceClassifier.Judgement j) {
    String holder = personId != null ? personId : "name:" + name;
    String id =
        DocIds.sha256(doc.docId() + "\u0000" + ps.index() + "\u0000" + holder + "\u0000" + platform)
            .substring(0, 20);
    return new Evidence(
        id,
        doc.docId(),
        doc.source(),
        doc.date(),
        personId,
        name,
        party,
        platform,
        j.stance(),
        attribution,
        j.confidence(),
        ps.text(),
        j.cues(),
        ps.index(),
        doc.url());
  }

  private String speakerName(Document doc) {
    return doc.personId() == null
        ? doc.speaker()
        : registry.name(doc.personId()).orElse(doc.speaker());
  }

  private boolean securityContext(Document doc, List<ParsedSentence> parsed) {
    if (doc.title() != null && SECURITY_TITLE.matcher(doc.title()).find()) {
      return true;
    }
    // One strong cue, or two different medium ones, in the sentences about platforms.
    java.util.Set<String> medium = new java.util.HashSet<>();
    for (ParsedSentence ps : parsed) {
      for (CueLexicon.CueHit h : lexicon.find(ps)) {
        if (h.cue().category() == CueLexicon.Category.CONCERN) {
          if (h.cue().weight() >= 0.8) {
            return true;
          }
          if (h.cue().weight() >= 0.5) {
            medium.add(h.cue().phrase());
          }
        }
      }
    }
    return medium.size() >= 2;
  }

  private static int[] paragraphs(String text, List<CoreNlp.Span> spans) {
    int[] out = new int[spans.size()];
    int paragraph = 0;
    // The next break is found once and kept until a sentence passes it: searching again for every
    // sentence scanned to the end of the text each time once no break was left, which made one
    // long paragraph quadratic (a 3 MB record took 50 s here, most of it in this loop).
    String br = org.concerntracker.model.Document.PARAGRAPH_BREAK;
    int next = text.indexOf(br);
    for (int i = 0; i < spans.size(); i++) {
      int b = spans.get(i).begin();
      while (next >= 0 && next < b) {
        paragraph++;
        next = text.indexOf(br, next + br.length());
      }
      out[i] = paragraph;
    }
    return out;
  }
}
