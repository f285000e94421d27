package io.zhclaims.normalize;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an HTML page into text lines with jsoup: one line per block ({@code <p>}, {@code <div>},
 * {@code <li>}, headings, {@code <br>}), page furniture (script, style, nav, footer, aside,
 * forms, menus) removed, and the title and meta tags read.
 */
public final class HtmlExtractor {
    /** How far down the page the headline is looked for among the text lines. */
    private static final int HEADLINE_SEARCH = 20;
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "br", "tr", "td", "th", "table", "blockquote", "section", "article", "pre", "dd", "dt",
            "figcaption", "header", "main", "hr");
    private static final String FURNITURE = "script, style, noscript, template, iframe, nav, footer, aside, form, "
            + "button, select, svg, header nav, [role=navigation], [role=banner] nav, [role=contentinfo], menu";

    /**
     * Containers that sites mark as furniture by their class or id: related-article lists,
     * comment boxes, share bars, breadcrumbs, footers. Their text is never the article's.
     */
    private static final String MARKED_FURNITURE;

    static {
        String words = "(?i)(^|.*[\\s_-])(related|relate|recommend|comments?|share|sharing|footer|copyright|"
                + "breadcrumbs?|crumbs?|qr|qrcode|sidebar|tags|advert|ads?|topnav|navbar|nav|menu)([\\s_-].*|$)";
        MARKED_FURNITURE = "[class~=" + words + "], [id~=" + words + "]";
    }

    /** What the page gives: its text lines, and title, author, date and url when stated. */
    public record Page(List<String> lines, String title, String author, String published, String url) {
    }

    public Page extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(
                text(doc.selectFirst("h1")),
                doc.select("meta[property=og:title]").attr("content"),
                doc.title());
        String author = firstNonBlank(doc.select("meta[name=author]").attr("content"),
                doc.select("meta[property=article:author]").attr("content"));
        String published = firstNonBlank(doc.select("meta[property=article:published_time]").attr("content"),
                doc.select("meta[name=pubdate]").attr("content"),
                doc.select("meta[name=publishdate]").attr("content"),
                doc.select("time[datetime]").attr("datetime"));
        String url = firstNonBlank(doc.select("meta[property=og:url]").attr("content"),
                doc.select("link[rel=canonical]").attr("href"));
        String headline = text(doc.selectFirst("h1"));
        doc.select(FURNITURE).remove();
        doc.select(MARKED_FURNITURE).remove();
        StringBuilder text = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append('\n');
                }
            }
        });
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        return new Page(fromHeadline(lines, headline), title, author, published, url);
    }

    /**
     * A page's article starts at its headline: what stands above the {@code <h1>} is the site's
     * top bar and menus, whatever their markup.
     */
    private static List<String> fromHeadline(List<String> lines, String headline) {
        if (headline == null || headline.isBlank()) {
            return lines;
        }
        String h = headline.strip();
        for (int i = 0; i < Math.min(lines.size(), HEADLINE_SEARCH); i++) {
            if (lines.get(i).equals(h)) {
                return lines.subList(i, lines.size());
            }
        }
        return lines;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
