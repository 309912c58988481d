package org.concerntracker.ingest.news;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what a news page carries around its article: navigation, headers and footers, cookie and
 * consent banners, "trending", "most read" and "related videos" lists, share and follow widgets,
 * newsletter forms, adverts, captions, scripts. Works on the parsed tree (jsoup), by element, ARIA
 * role, class and id words, and the headings that label such lists, so that a "Follow us on TikTok"
 * footer never reaches the text.
 *
 * <p>A container that holds the article element ({@code article}, {@code main}, {@code
 * itemprop=articleBody}) is never removed. A {@code form} or an element marked only by its class or
 * id is also kept when it holds most of the page's paragraph text: sites wrap whole pages in a
 * {@code form} or a {@code div class="has-sidebar"}. {@code nav}, {@code header}, {@code footer},
 * {@code aside} and furniture ARIA roles go whatever text they hold.
 */
final class SiteFurniture {

  /** Never article text, and never wrappers of it. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, button, input,"
          + " select, textarea, label, dialog, figure, figcaption, picture, video, audio, link,"
          + " meta";

  /** Furniture by element, unless it holds an article element. */
  private static final String FURNITURE_TAGS = "nav, header, footer, aside, menu";

  private static final String FURNITURE_ROLES =
      "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog],"
          + " [role=alertdialog], [role=search], [role=menu], [role=menubar], [aria-hidden=true],"
          + " [hidden], [aria-modal=true]";

  /** Words in a class or id that mark furniture (compared whole, and in adjacent pairs). */
  private static final Set<String> FURNITURE_WORDS =
      Set.of(
          ("cookie cookies consent gdpr cmp banner nav navbar navigation menu "
                  + "breadcrumb breadcrumbs footer header masthead sidebar aside share "
                  + "sharing sharebar social follow newsletter subscribe subscription signup "
                  + "related trending mostread mostpopular mostviewed popular recommended "
                  + "recommendations promo promotion advert advertisement ad ads adslot "
                  + "sponsored outbrain taboola comments comment paywall modal popup overlay "
                  + "toolbar skip playlist caption byline dateline timestamp tags topics "
                  + "sronly visuallyhidden bio readmore moreon morefrom topstories latestnews "
                  + "videos")
              .split(" "));

  /** Headings that label a list of other stories or a widget, not a part of the article. */
  private static final Pattern FURNITURE_HEADING =
      Pattern.compile(
          "^(trending|most (read|popular|viewed|shared|watched)|related|more (videos|stories|"
              + "from|on|news|like this)|recommended|you (may|might) (also )?like|read (more|next)"
              + "|top stories|latest (news|stories|videos)|follow us|share (this|on)|sign up|"
              + "newsletter|watch( more)?|videos?|don'?t miss|popular|editor'?s picks)\\b.*",
          Pattern.CASE_INSENSITIVE);

  /** Single lines that invite rather than report: "Follow us on TikTok", "Share this article". */
  private static final Pattern FURNITURE_LINE =
      Pattern.compile(
          "^(follow (us|@\\S+|\\S+ \\S+ on)\\b.*|follow\\b.*\\bon (tiktok|twitter|x|facebook|"
              + "instagram|youtube|threads|linkedin|bluesky|whatsapp)\\b.*|share (this|on)\\b.*|"
              + "sign up\\b.*|subscribe\\b.*|advertisement|story continues below.*|read more\\b.*|"
              + "related( articles| stories)?:.*|click here\\b.*|download (our|the) app\\b.*|"
              + "get the app\\b.*|watch:.*|like us on\\b.*|join us on\\b.*|©.*|"
              + "copyright (©|\\d{4}).*|all rights reserved.*)$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern COOKIE_TEXT =
      Pattern.compile(
          "\\bcookies?\\b.*\\b(accept|consent|agree|preferences|privacy)\\b"
              + "|\\b(accept|consent|agree)\\b.*\\bcookies?\\b",
          Pattern.CASE_INSENSITIVE);

  private static final int FURNITURE_LINE_MAX = 120;
  private static final int HEADING_MAX = 40;
  private static final int COOKIE_BLOCK_MAX = 600;

  private SiteFurniture() {}

  /** Removes the furniture from {@code page}, in place. */
  static void remove(Document page) {
    page.select(NEVER_TEXT).remove();
    int pageText = paragraphText(page.body());
    removeUnlessWrapper(page.select(FURNITURE_TAGS), 0);
    removeUnlessWrapper(page.select(FURNITURE_ROLES), 0);
    removeUnlessWrapper(page.select("form"), pageText);
    removeUnlessWrapper(byClassOrId(page), pageText);
    removeHeadedLists(page, pageText);
    removeCookieBlocks(page, pageText);
  }

  /** True for a short line that is an invitation or a label, not article text. */
  static boolean isFurnitureLine(String paragraph) {
    String p = NewsText.clean(paragraph);
    return p.length() <= FURNITURE_LINE_MAX && FURNITURE_LINE.matcher(p).matches();
  }

  private static Elements byClassOrId(Document page) {
    Elements found = new Elements();
    for (Element e : page.body().getAllElements()) {
      if (e == page.body() || isArticleElement(e)) {
        continue;
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (names.isBlank()) {
        continue;
      }
      List<String> words = List.of(names.split("[^a-z0-9]+"));
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        String pair = i + 1 < words.size() ? w + words.get(i + 1) : "";
        if (FURNITURE_WORDS.contains(w) || FURNITURE_WORDS.contains(pair)) {
          found.add(e);
          break;
        }
      }
    }
    return found;
  }

  private static void removeHeadedLists(Document page, int pageText) {
    for (Element h : page.select("h1, h2, h3, h4, h5, h6, [role=heading]")) {
      if (h.ownerDocument() == null) {
        continue; // already removed with an earlier list
      }
      String text = NewsText.clean(h.text());
      if (text.isEmpty()
          || text.length() > HEADING_MAX
          || !FURNITURE_HEADING.matcher(text).matches()) {
        continue;
      }
      Element container = h.parent();
      while (container != null
          && container != page.body()
          && NewsText.clean(container.text()).equals(text)) {
        container = container.parent(); // a wrapper of the heading alone: the list is further up
      }
      if (container != null && !wrapsArticle(container, pageText) && container != page.body()) {
        container.remove();
        continue;
      }
      // The heading sits in the article itself: drop it and the list that follows it.
      Element next = h.nextElementSibling();
      h.remove();
      while (next != null && !next.is("p, h1, h2, h3, h4, h5, h6")) {
        Element after = next.nextElementSibling();
        next.remove();
        next = after;
      }
    }
  }

  private static void removeCookieBlocks(Document page, int pageText) {
    for (Element e : page.body().select("div, section")) {
      if (e.ownerDocument() == null || e.closest("article, main, [itemprop=articleBody]") != null) {
        continue;
      }
      String text = e.text();
      if (text.length() <= COOKIE_BLOCK_MAX
          && COOKIE_TEXT.matcher(text).find()
          && !wrapsArticle(e, pageText)) {
        e.remove();
      }
    }
  }

  private static void removeUnlessWrapper(Elements elements, int pageText) {
    for (Element e : elements) {
      if (e.ownerDocument() != null && !wrapsArticle(e, pageText)) {
        e.remove();
      }
    }
  }

  /**
   * True if removing {@code e} would remove the article: it is or holds the article element, or
   * (when {@code pageText} is given) most of the page's paragraph text.
   */
  private static boolean wrapsArticle(Element e, int pageText) {
    if (isArticleElement(e) || !e.select("article, main, [itemprop=articleBody]").isEmpty()) {
      return true;
    }
    return pageText > 0 && paragraphText(e) * 2 > pageText;
  }

  private static boolean isArticleElement(Element e) {
    return e.is("article, main, [itemprop=articleBody], [role=main], body, html");
  }

  private static int paragraphText(Element e) {
    if (e == null) {
      return 0;
    }
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }
}
