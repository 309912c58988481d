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

  private static final Pattern SAME_AS_BEFORE =
      Pattern.compile(
          "\\b(?:[Tt]he same (?:is|goes|applies) (?:true )?(?:of|for|to)|[Ss]o (?:is|does|too)|[Ll]ikewise"
              + "|[Ss]imilarly|[Ee]qually|[Aa]s (?:is|does))\\b");

  /**
   * What joins platforms that share a predicate: a list ("Hikvision and Dahua", "Facebook,
   * Instagram") or a likeness ("Dahua, just like Hikvision, presents a security risk").
   */
  private static final Pattern LIST_JOINER =
      Pattern.compile(
          "\\s*(?:,|,?\\s*(?:and|or|&|/|as well as|along with|together with|(?:just |much )?like))"
              + "\\s*");

  /** The longest text sent to the parser as one sentence. */
  static final int MAX_PARSE_CHARS = 1200;

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
          0,
          false);
    }
  }

  /**
   * What is chosen in one document for the heavy annotators: its platform hits, sentences, member
   * links, attributor, and the sentences to parse (with the platforms they refer back to, and those
   * chosen because they are about the article's topic).
   */
  private record Selection(
      List<PlatformMatcher.Hit> hits,
      List<CoreNlp.Span> spans,
      List<MemberLinker.Link> links,
      NewsAttributor attributor,
      List<CoreNlp.SentenceRequest> requests,
      Map<Integer, List<String>> carried,
      java.util.Set<Integer> byTopic,
      long splitNanos) {}

  /**
   * The sentences of {@code doc} that go through the heavy annotators, exactly as {@link
   * #analyze(Document)} selects them; the benchmark ({@code jobs/bench}) parses the same ones with
   * bare CoreNLP. Splits the text (tokenize + ssplit) when a platform is named.
   */
  public List<String> heavySentences(Document doc) {
    Selection s = select(doc);
    return s == null
        ? List.of()
        : s.requests().stream().map(CoreNlp.SentenceRequest::text).toList();
  }

  /**
   * The platform filter, the member links, the split and the sentence selection; null when no
   * platform is named. A document where no one can hold a view is neither split nor parsed: it
   * could give no evidence (issue 8). That is a Hansard speech without a speaker who holds views
   * (none, a chair, a collective speaker), or an article with no member author that names no member
   * (every {@link NewsAttributor} holder is a member link or the author).
   */
  private Selection select(Document doc) {
    String text = doc.text();
    if (text == null || text.isEmpty()) {
      return null;
    }
    List<PlatformMatcher.Hit> hits = matcher.find(text);
    if (hits.isEmpty()) {
      return null;
    }
    List<MemberLinker.Link> links = linker.link(text, doc.date());
    boolean holderPossible =
        doc.source() == Source.HANSARD
            ? holdsViews(doc)
            : doc.personId() != null || !links.isEmpty();
    if (!holderPossible) {
      return new Selection(
          hits, List.of(), links, null, List.of(), Map.of(), java.util.Set.of(), 0);
    }
    // Loaded once per JVM, on the first document that needs it, outside the timed work: a
    // partition whose documents need no parse never loads the models.
    nlp.load();
    long t0 = System.nanoTime();
    List<CoreNlp.Span> spans = nlp.sentences(text);
    long splitNanos = System.nanoTime() - t0;
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
    NewsAttributor attributor =
        doc.source() == Source.NEWS ? new NewsAttributor(text, links, doc.personId()) : null;
    List<SentenceSelector.Selected> selected =
        SentenceSelector.select(sentenceTexts, named, paragraphOf);
    List<String> topic =
        doc.source() == Source.NEWS
            ? topics(doc.title(), hits, spans, paragraphOf, matcher)
            : List.of();
    if (!topic.isEmpty()) {
      selected = withTopicSentences(selected, spans, sentenceTexts, topic, attributor);
    }
    List<CoreNlp.SentenceRequest> requests = new ArrayList<>();
    Map<Integer, List<String>> carried = new LinkedHashMap<>();
    java.util.Set<Integer> byTopic = new java.util.HashSet<>();
    for (SentenceSelector.Selected sel : selected) {
      CoreNlp.Span sp = spans.get(sel.index());
      requests.add(window(sel.index(), sp, sentenceTexts.get(sel.index()), hits));
      if (sel.byTopic()) {
        byTopic.add(sel.index());
      }
      if (!sel.carried().isEmpty()) {
        carried.put(sel.index(), sel.carried());
      }
    }
    return new Selection(hits, spans, links, attributor, requests, carried, byTopic, splitNanos);
  }

  private Analysis run(Document doc) {
    Selection selection = select(doc);
    if (selection == null) {
      return Analysis.empty();
    }
    List<PlatformMatcher.Hit> hits = selection.hits();
    List<CoreNlp.Span> spans = selection.spans();
    List<MemberLinker.Link> links = selection.links();
    NewsAttributor attributor = selection.attributor();
    Map<Integer, List<String>> carried = selection.carried();
    java.util.Set<Integer> byTopic = selection.byTopic();
    long t0 = System.nanoTime();
    List<ParsedSentence> parsed = nlp.parse(selection.requests());
    long nlpNanos = selection.splitNanos() + System.nanoTime() - t0;

    boolean securityContext = securityContext(doc, parsed);
    List<Mention> mentions = new ArrayList<>();
    Map<String, Evidence> evidence = new LinkedHashMap<>();
    for (ParsedSentence ps : parsed) {
      List<String> carriedHere = carried.getOrDefault(ps.index(), List.of());
      mentions.addAll(Mentions.of(doc.docId(), ps, hits, carriedHere, links));
      boolean topical = byTopic.contains(ps.index());
      Map<String, List<Integer>> targets = anchors(ps, hits, carriedHere, topical);
      boolean implicit = topical && Mentions.referringTokens(ps).isEmpty();
      for (Map.Entry<String, List<Integer>> target : targets.entrySet()) {
        String platform = target.getKey();
        List<Integer> anchorTokens = target.getValue();
        List<Integer> rivals =
            targets.entrySet().stream()
                .filter(t -> !t.getKey().equals(platform))
                .flatMap(t -> t.getValue().stream())
                .filter(t -> !anchorTokens.contains(t))
                .toList();
        if (doc.source() == Source.HANSARD) {
          // Only speeches whose speaker holds views get this far (see select).
          var j =
              likePrevious(
                  ps,
                  classifier.classify(
                      ps,
                      anchorTokens,
                      StanceClassifier.Context.speaker(securityContext).withRivals(rivals)),
                  evidence);
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
                    ? classifier.classify(
                        ps, anchorTokens, context(securityContext, h, rivals, implicit))
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
        mentions,
        List.copyOf(evidence.values()),
        List.of(),
        spans.size(),
        parsed.size(),
        nlpNanos,
        true);
  }

  /**
   * The text of a sentence to parse, at most {@link #MAX_PARSE_CHARS} long: a run-on "sentence" (a
   * table flattened to text, a list with no full stops) is cut to the window around its first
   * platform name, because parsing time grows much faster than length.
   */
  private static CoreNlp.SentenceRequest window(
      int index, CoreNlp.Span sp, String text, List<PlatformMatcher.Hit> hits) {
    if (text.length() <= MAX_PARSE_CHARS) {
      return new CoreNlp.SentenceRequest(index, sp.begin(), text);
    }
    int at =
        hits.stream()
            .filter(h -> h.begin() >= sp.begin() && h.begin() < sp.end())
            .mapToInt(h -> h.begin() - sp.begin())
            .findFirst()
            .orElse(0);
    int from = Math.max(0, at - MAX_PARSE_CHARS / 2);
    int to = Math.min(text.length(), from + MAX_PARSE_CHARS);
    from = Math.max(0, to - MAX_PARSE_CHARS);
    // Cut at spaces, so no word is split.
    while (from > 0 && from < to && !Character.isWhitespace(text.charAt(from - 1))) {
      from++;
    }
    while (to < text.length() && to > from && !Character.isWhitespace(text.charAt(to))) {
      to--;
    }
    return new CoreNlp.SentenceRequest(index, sp.begin() + from, text.substring(from, to));
  }

  /**
   * The platforms a news article is about: those its headline or first paragraph names, if they are
   * named at least twice in all and make up two thirds of the article's platform names ("Councils
   * told to rip out cameras made by Hikvision and Dahua ..."). Empty if there is no such topic: a
   * platform named once in passing is not what an article is about.
   */
  static List<String> topics(
      String title,
      List<PlatformMatcher.Hit> hits,
      List<CoreNlp.Span> spans,
      int[] paragraphOf,
      PlatformMatcher matcher) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    hits.forEach(h -> counts.merge(h.platform(), 1, Integer::sum));
    int firstParagraphEnd = Integer.MAX_VALUE;
    for (int i = 0; i < spans.size(); i++) {
      if (paragraphOf[i] > 0) {
        firstParagraphEnd = spans.get(i).begin();
        break;
      }
    }
    int end = firstParagraphEnd;
    java.util.Set<String> lead = new java.util.LinkedHashSet<>();
    matcher.find(title == null ? "" : title).forEach(h -> lead.add(h.platform()));
    hits.stream().filter(h -> h.begin() < end).forEach(h -> lead.add(h.platform()));
    lead.retainAll(counts.keySet());
    int covered = lead.stream().mapToInt(p -> counts.get(p)).sum();
    boolean topical = lead.size() <= 2 && covered >= 2 && covered * 3 >= hits.size() * 2;
    return topical ? List.copyOf(lead) : List.of();
  }

  /**
   * In an article about one platform, a member's words anywhere in it are about that platform when
   * they carry a stance ("Stewart Hosie said he was deeply concerned by the findings"): such
   * sentences are parsed too, carrying the topic.
   */
  private List<SentenceSelector.Selected> withTopicSentences(
      List<SentenceSelector.Selected> selected,
      List<CoreNlp.Span> spans,
      List<String> sentenceTexts,
      List<String> topic,
      NewsAttributor attributor) {
    java.util.TreeMap<Integer, SentenceSelector.Selected> out = new java.util.TreeMap<>();
    selected.forEach(s -> out.put(s.index(), s));
    for (int i = 0; i < spans.size(); i++) {
      if (!out.containsKey(i)
          && attributor.mayHoldView(spans.get(i).begin(), spans.get(i).end())
          && lexicon.mentionsStance(sentenceTexts.get(i))) {
        out.put(i, new SentenceSelector.Selected(i, topic, true));
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * A Hansard speaker who can hold a view: a person, resolved or not ("Mr Smith" when two members
   * fit), but not a collective ("Several hon. Members"), an unnamed chair or procedural text.
   */
  private static boolean holdsViews(Document doc) {
    if (doc.speaker() == null) {
      return false;
    }
    if (doc.personId() != null || doc.resolution() == null) {
      return true;
    }
    String r = doc.resolution();
    return !(r.startsWith("collective")
        || r.startsWith("chair")
        || r.startsWith("unnamed")
        || r.startsWith("office without")
        || r.startsWith("no speaker"));
  }

  /**
   * "The same is true of Dahua": a sentence that says it is like the one before takes that
   * sentence's stance when it has none of its own.
   */
  private static StanceClassifier.Judgement likePrevious(
      ParsedSentence ps, StanceClassifier.Judgement j, Map<String, Evidence> sofar) {
    if (j.stance() != Stance.NEUTRAL || !SAME_AS_BEFORE.matcher(ps.text()).find()) {
      return j;
    }
    Evidence previous = null;
    for (Evidence e : sofar.values()) {
      if (e.sentenceIndex() < ps.index()
          && ps.index() - e.sentenceIndex() <= 2
          && e.stance() != Stance.NEUTRAL) {
        previous = e;
      }
    }
    if (previous == null) {
      return j;
    }
    List<String> cues = new ArrayList<>(j.cues());
    cues.add("same-as-previous-sentence");
    return new StanceClassifier.Judgement(previous.stance(), 0.6, cues);
  }

  private static StanceClassifier.Context context(
      boolean securityContext, NewsAttributor.Holder h, List<Integer> rivals, boolean implicit) {
    StanceClassifier.Context c;
    if (h.quote() != null) {
      c = StanceClassifier.Context.quoted(securityContext, h.quote().begin(), h.quote().end());
    } else if (h.tokens().isEmpty()) {
      c = StanceClassifier.Context.speaker(securityContext);
    } else {
      c = StanceClassifier.Context.named(securityContext, h.tokens());
    }
    c = c.withRivals(rivals);
    return implicit ? c.implicit() : c;
  }

  /** The platforms a sentence is about, each with the tokens that name (or refer back to) it. */
  private static Map<String, List<Integer>> anchors(
      ParsedSentence ps, List<PlatformMatcher.Hit> hits, List<String> carried, boolean byTopic) {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    int end = ps.begin() + ps.text().length();
    for (PlatformMatcher.Hit h : hits) {
      if (h.begin() >= ps.begin() && h.begin() < end) {
        out.computeIfAbsent(h.platform(), k -> new ArrayList<>())
            .addAll(ps.tokensIn(h.begin(), h.end()));
      }
    }
    // "Hikvision and Dahua cameras", "Facebook, Instagram", "Dahua, just like Hikvision,":
    // platforms listed or likened together are one target, whatever the parser made of them; each
    // is measured from all of them.
    List<PlatformMatcher.Hit> here = new ArrayList<>();
    for (PlatformMatcher.Hit h : hits) {
      if (h.begin() >= ps.begin() && h.begin() < end) {
        here.add(h);
      }
    }
    for (int i = 0; i + 1 < here.size(); i++) {
      PlatformMatcher.Hit a = here.get(i);
      PlatformMatcher.Hit b = here.get(i + 1);
      String between = ps.text().substring(a.end() - ps.begin(), b.begin() - ps.begin());
      if (!a.platform().equals(b.platform()) && LIST_JOINER.matcher(between).matches()) {
        List<Integer> ta = out.get(a.platform());
        List<Integer> tb = out.get(b.platform());
        List<Integer> union = new ArrayList<>(ta);
        tb.stream().filter(t -> !union.contains(t)).forEach(union::add);
        ta.clear();
        ta.addAll(union);
        tb.clear();
        tb.addAll(union);
      }
    }
    if (out.size() == 1 && carried.isEmpty()) {
      // "TikTok ... the app is safe": a reference back to the one platform the sentence names.
      List<Integer> named = out.values().iterator().next();
      List<Integer> ref = apart(Mentions.referringTokens(ps), named);
      named.addAll(ref);
    }
    List<Integer> named = out.values().stream().flatMap(List::stream).toList();
    List<Integer> ref = apart(Mentions.referringTokens(ps), named);
    for (String c : carried) {
      if (out.containsKey(c)) {
        continue;
      }
      if (!ref.isEmpty()) {
        out.put(c, new ArrayList<>(ref));
      } else if (named.isEmpty() && byTopic) {
        // Carried by the article's topic, with no word for it: measure cues from the main verb.
        ps.edges().stream()
            .filter(e -> e.governor() < 0)
            .findFirst()
            .ifPresent(e -> out.put(c, new ArrayList<>(List.of(e.dependent()))));
      }
    }
    out.values().removeIf(List::isEmpty);
    return out;
  }

  /** References not right beside a named platform: "the TikTok app" refers to the name it holds. */
  private static List<Integer> apart(List<Integer> refs, List<Integer> named) {
    return refs.stream().filter(r -> named.stream().allMatch(n -> Math.abs(n - r) > 1)).toList();
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
