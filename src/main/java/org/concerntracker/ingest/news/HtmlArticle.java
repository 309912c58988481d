package org.concerntracker.ingest.news;

import java.time.LocalDate;

/**
 * What {@link HtmlArticleExtractor} finds in a news page.
 *
 * @param title the headline (og:title, JSON-LD headline, h1 or the page title), or null
 * @param rawDate the publication date as the page gives it, or null if it gives none
 * @param date {@code rawDate} read by {@link org.concerntracker.ingest.Dates}, or null
 * @param byline the author as printed (meta author, JSON-LD author, rel=author, .byline), or null
 * @param publisher the site's name (og:site_name, JSON-LD publisher), or null
 * @param url the canonical URL (link rel=canonical, og:url, JSON-LD url), or null
 * @param text the article's paragraphs, normalised by {@link NewsText}, never empty
 */
public record HtmlArticle(
    String title,
    String rawDate,
    LocalDate date,
    String byline,
    String publisher,
    String url,
    String text) {}
