/**
 * Article recovery: a {@link org.herald.Page} in, an {@link org.herald.extract.Article} out (title, authors, date,
 * language, body as paragraphs separated by one blank line).
 *
 * <p>{@link org.herald.extract.ArticleExtractor} runs the cascade: decode and refuse bad bytes (PageDecoder), tell
 * markup from flattened text (MarkupSniffer), then for HTML read metadata (HtmlMetadata: JSON-LD, meta tags, bylines,
 * {@code <time>}, URL dates) and choose the body (HtmlBodyExtractor: BlockSegmenter, ContentScore, BlockFilter); for
 * flattened text, TextBodyExtractor works on line-level evidence. LanguageDetector names the language when the page
 * does not.
 *
 * <p>Knowledge files: {@code herald/extract/boilerplate.tsv} (class/id vocabularies of chrome and content, byline
 * markers, user-interface lines, role words) and {@code herald/extract/languages.tsv} (scripts and frequent words).
 *
 * <p>Not done here: no per-site rules, no rendering of JavaScript, no network access; body length limits for NLP are
 * the pipeline's concern.
 */
package org.herald.extract;
