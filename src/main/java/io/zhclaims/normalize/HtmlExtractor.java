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
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "br", "tr", "td", "th", "table", "blockquote", "section", "article", "pre", "dd", "dt",
            "figcaption", "header", "main", "hr");
    private static final String FURNITURE = "script, style, noscript, template, iframe, nav, footer, aside, form, "
            + "button, select, svg, header nav, [role=navigation], [role=banner] nav, [role=contentinfo], menu";

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
        doc.select(FURNITURE).remove();
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
        return new Page(lines, title, author, published, url);
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
