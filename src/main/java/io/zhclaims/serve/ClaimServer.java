package io.zhclaims.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.zhclaims.claims.Claim;
import io.zhclaims.claims.ClaimJson;
import io.zhclaims.index.ClaimQuery;
import io.zhclaims.index.ClaimSearcher;
import io.zhclaims.index.Conflicts;
import io.zhclaims.index.FacetCount;
import io.zhclaims.index.Hit;
import io.zhclaims.index.SearchResult;
import io.zhclaims.index.Series;
import io.zhclaims.quantity.Kind;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The warm search server: one {@link ClaimSearcher} kept open, a JSON API under {@code /api}
 * and the search page at {@code /}. Built on the JDK's own HTTP server: the API is a handful
 * of GET routes, and the JDK server needs no dependency in the jar.
 *
 * <p>API (all GET, all JSON; a query that cannot be read is a 400 with {@code error}):
 * <ul>
 * <li>{@code /api/search?q=&kind=&year_from=&year_to=&org=&unit=&min=&max=&sort=&page=&size=}:
 * hits, total and facets</li>
 * <li>{@code /api/claims/ID}: one claim record (404 when unknown)</li>
 * <li>{@code /api/facets?q=…}: the facet counts alone</li>
 * <li>{@code /api/series?q=…}: the matching values by year, for the chart</li>
 * <li>{@code /api/conflicts?q=…}: differing figures for one subject, organization and year</li>
 * </ul>
 */
public final class ClaimServer implements Closeable {
    static final int MAX_PAGE_SIZE = 100;
    private static final int DEFAULT_PAGE_SIZE = 10;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "png", "image/png");

    private final ClaimSearcher searcher;
    private final HttpServer http;
    private final ExecutorService workers;
    private final PrintStream log;
    private final String echartsPath;

    /**
     * Binds {@code port} (0 for any free port) on {@code host}; call {@link #start()} to serve.
     *
     * @param threads how many requests are answered at once
     */
    public ClaimServer(ClaimSearcher searcher, String host, int port, int threads, PrintStream log) throws IOException {
        this.searcher = searcher;
        this.log = log;
        this.echartsPath = "META-INF/resources/webjars/echarts/" + webjarVersion("echarts") + "/dist/echarts.min.js";
        // The JDK server writes headers and body apart; with Nagle's algorithm on, the body waits for
        // the client's delayed ACK (about 40 ms a request). Read once, when the server class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.http = HttpServer.create(new InetSocketAddress(host, port), 64);
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zhclaims-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(workers);
        http.createContext("/", this::handle);
    }

    public void start() {
        http.start();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                json(ex, 405, error("only GET is served"));
                return;
            }
            String path = ex.getRequestURI().getPath();
            Map<String, String> params = params(ex.getRequestURI());
            try {
                route(ex, path, params);
            } catch (IllegalArgumentException e) {
                json(ex, 400, error(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                log.println("zhclaims serve: " + path + ": " + e);
                json(ex, 500, error("the server failed to answer; see its log"));
            }
        }
    }

    private void route(HttpExchange ex, String path, Map<String, String> p) throws IOException {
        switch (path) {
            case "/", "/index.html" -> resource(ex, "web/index.html", "html");
            case "/app.js" -> resource(ex, "web/app.js", "js");
            case "/app.css" -> resource(ex, "web/app.css", "css");
            case "/vendor/echarts.min.js" -> resource(ex, echartsPath, "js");
            case "/api/search" -> json(ex, 200, search(p));
            case "/api/facets" -> {
                SearchResult r = searcher.search(query(p).withLimit(1).withFacets(true));
                ObjectNode o = MAPPER.createObjectNode();
                o.put("total", r.total());
                o.set("facets", facets(r.facets()));
                json(ex, 200, o);
            }
            case "/api/series" -> json(ex, 200, MAPPER.valueToTree(Series.of(searcher, query(p))));
            case "/api/conflicts" -> json(ex, 200, MAPPER.valueToTree(Conflicts.find(searcher, query(p))));
            default -> {
                if (path.startsWith("/api/claims/")) {
                    Optional<Claim> c = searcher.byId(path.substring("/api/claims/".length()));
                    if (c.isPresent()) {
                        json(ex, 200, ClaimJson.toNode(c.get()));
                    } else {
                        json(ex, 404, error("no claim with id " + path.substring("/api/claims/".length())));
                    }
                } else {
                    json(ex, 404, error("nothing at " + path));
                }
            }
        }
    }

    private ObjectNode search(Map<String, String> p) throws IOException {
        int page = intParam(p, "page", 1);
        int size = intParam(p, "size", DEFAULT_PAGE_SIZE);
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be at least 1 and size between 1 and " + MAX_PAGE_SIZE);
        }
        ClaimQuery q = query(p).withLimit(size).withOffset((page - 1) * size).withFacets(true);
        SearchResult r = searcher.search(q);
        ObjectNode o = MAPPER.createObjectNode();
        o.put("q", q.text());
        o.put("total", r.total());
        o.put("all_words", r.allWords());
        o.put("page", page);
        o.put("size", size);
        o.put("sort", q.sort().id());
        ArrayNode hits = o.putArray("hits");
        for (Hit h : r.hits()) {
            ObjectNode hit = hits.addObject();
            hit.put("score", h.score());
            String s = h.claim().sentence();
            int from = s.offsetByCodePoints(0, h.claim().start());
            int to = s.offsetByCodePoints(0, h.claim().end());
            hit.put("before", s.substring(0, from));
            hit.put("mention", s.substring(from, to));
            hit.put("after", s.substring(to));
            hit.set("claim", ClaimJson.toNode(h.claim()));
        }
        o.set("facets", facets(r.facets()));
        return o;
    }

    /** The query text and filters of a request. */
    static ClaimQuery query(Map<String, String> p) {
        ClaimQuery q = ClaimQuery.of(p.getOrDefault("q", ""));
        if (has(p, "kind")) {
            try {
                q = q.withKind(Kind.of(p.get("kind")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown kind '" + p.get("kind") + "'");
            }
        }
        if (has(p, "year")) {
            q = q.withYear(intParam(p, "year", 0));
        }
        if (has(p, "year_from") || has(p, "year_to")) {
            q = q.withYears(has(p, "year_from") ? intParam(p, "year_from", 0) : q.yearFrom(),
                    has(p, "year_to") ? intParam(p, "year_to", 0) : q.yearTo());
        }
        if (has(p, "org")) {
            q = q.withOrg(p.get("org"));
        }
        if (has(p, "unit")) {
            q = q.withUnit(p.get("unit"));
        }
        if (has(p, "min") || has(p, "max")) {
            q = q.withRange(has(p, "min") ? doubleParam(p, "min") : null, has(p, "max") ? doubleParam(p, "max") : null);
        }
        if (has(p, "sort")) {
            q = q.withSort(ClaimQuery.Order.of(p.get("sort")));
        }
        return q;
    }

    private static ObjectNode facets(Map<String, List<FacetCount>> facets) {
        ObjectNode o = MAPPER.createObjectNode();
        for (String dim : List.of("kind", "year", "org", "unit")) {
            ArrayNode a = o.putArray(dim);
            for (FacetCount f : facets.getOrDefault(dim, List.of())) {
                a.addObject().put("label", f.label()).put("count", f.count());
            }
        }
        return o;
    }

    private static boolean has(Map<String, String> p, String name) {
        return p.containsKey(name) && !p.get(name).isBlank();
    }

    private static int intParam(Map<String, String> p, String name, int dflt) {
        if (!has(p, name)) {
            return dflt;
        }
        try {
            return Integer.parseInt(p.get(name).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + p.get(name) + "'");
        }
    }

    private static double doubleParam(Map<String, String> p, String name) {
        try {
            double d = Double.parseDouble(p.get(name).strip());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + p.get(name) + "'");
        }
    }

    static Map<String, String> params(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the request's query string is not well encoded", e);
            }
        }
        return out;
    }

    private static ObjectNode error(String message) {
        return MAPPER.createObjectNode().put("error", message);
    }

    private static void json(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        send(ex, status, bytes);
    }

    private void resource(HttpExchange ex, String name, String type) throws IOException {
        byte[] bytes;
        try (InputStream in = ClaimServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource missing from the jar: " + name);
            }
            bytes = in.readAllBytes();
        }
        ex.getResponseHeaders().set("Content-Type", TYPES.get(type));
        send(ex, 200, bytes);
    }

    private static void send(HttpExchange ex, int status, byte[] bytes) throws IOException {
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The version of a webjar on the classpath, from its Maven metadata, so the pom alone names it. */
    private static String webjarVersion(String artifact) throws IOException {
        String props = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = ClaimServer.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) {
                throw new IOException("webjar " + artifact + " is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }
}
