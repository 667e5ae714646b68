package org.lagebild.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.lagebild.engine.IngestListener;
import org.lagebild.engine.IngestOptions;
import org.lagebild.engine.IngestSummary;
import org.lagebild.engine.Lagebild;
import org.lagebild.engine.Views;
import org.lagebild.model.ArticleIds;
import org.lagebild.model.Claim;
import org.lagebild.model.Document;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Quote;
import org.lagebild.model.Source;
import org.lagebild.store.SearchHit;
import org.lagebild.store.SearchHits;
import org.lagebild.store.SearchQuery;
import org.lagebild.store.StoreException;
import org.lagebild.store.StoreStats;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The local web workspace and JSON API over one {@link Lagebild} data directory (Javalin, Jetty).
 * Pages are static HTML, CSS and JavaScript modules from the class path that build their DOM from
 * the API with {@code textContent} only; every response carries a strict Content-Security-Policy.
 * API objects are the CLI's ({@link Views}), so both print the same schema. Start with
 * {@link #start}; the server's threads read the store concurrently and serialise ingests.
 */
public final class WebServer implements AutoCloseable {
    /** A route of the server: method and Javalin path ({@code {id}} path parameters, as in OpenAPI). */
    public record Route(String method, String path) {
    }

    /** Every JSON API route; the OpenAPI document describes exactly these (a test checks). */
    public static final List<Route> API_ROUTES = List.of(
            new Route("GET", "/api/articles"),
            new Route("GET", "/api/articles/{id}"),
            new Route("GET", "/api/articles/{id}/claims"),
            new Route("GET", "/api/articles/{id}/quotes"),
            new Route("GET", "/api/search"),
            new Route("GET", "/api/entities"),
            new Route("GET", "/api/entities/{id}"),
            new Route("GET", "/api/stories"),
            new Route("GET", "/api/stories/{id}"),
            new Route("GET", "/api/stories/{id}/facts"),
            new Route("GET", "/api/stories/{id}/timeline"),
            new Route("GET", "/api/stats"),
            new Route("GET", "/api/openapi.json"),
            new Route("POST", "/api/ingest"));

    /** The workspace pages; each serves the same shell, whose JavaScript renders the view. */
    public static final List<String> PAGES = List.of("/", "/article/{id}", "/search", "/entity/{id}", "/stories",
            "/story/{id}");

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String STATIC_ROOT = "org/lagebild/web/static/";
    private static final String ECHARTS = "META-INF/resources/webjars/echarts/5.5.0/echarts.min.js";
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");
    private static final Pattern INGEST_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    /**
     * Facets are counted one query per value when a facet has at most this many values in the store
     * (one value needs none); otherwise by the store's facet count, one pass over the hits.
     */
    static final int FACET_VALUES = 2;
    private static final int ENTITY_DOCS = 25;
    /** Request threads: enough to overlap I/O waits, few enough not to thrash the cores. */
    static final int THREADS = Math.max(16, 4 * Runtime.getRuntime().availableProcessors());
    private static final System.Logger LOG = System.getLogger(WebServer.class.getName());

    private final Lagebild lb;
    private final WebOptions options;
    private final String token;
    private final ObjectMapper json;
    private final byte[] shell;
    private final byte[] openapi;
    private final StoryApi stories;
    private final ResponseCache searches;
    private final StatsCache stats;
    private final Facets facets;
    private final Object ingestLock = new Object();
    private final Map<String, byte[]> staticCache = new java.util.concurrent.ConcurrentHashMap<>();
    private Javalin app;

    private WebServer(Lagebild lb, WebOptions options) {
        this.lb = lb;
        this.options = options;
        this.json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        // a search response is ~8 KB, a story page ~35 KB: stories get three quarters
        this.searches = new ResponseCache(options.cacheBytes() / 4);
        this.stories = new StoryApi(lb, this::json, new ResponseCache(options.cacheBytes() - options.cacheBytes() / 4));
        this.stats = new StatsCache(lb.store());
        this.facets = new Facets(q -> {
            try {
                return lb.store().search(q);
            } catch (StoreException e) {
                throw new ApiException(503, "store unavailable: " + e.getMessage());
            }
        }, q -> {
            try {
                return lb.store().facetCounts(q);
            } catch (StoreException e) {
                throw new ApiException(503, "store unavailable: " + e.getMessage());
            }
        }, FACET_VALUES);
        this.token = options.token() != null ? options.token() : newToken();
        this.shell = resource(STATIC_ROOT + "index.html")
                .orElseThrow(() -> new IllegalStateException("missing resource " + STATIC_ROOT + "index.html"));
        this.openapi = resource("org/lagebild/web/openapi.json")
                .orElseThrow(() -> new IllegalStateException("missing resource org/lagebild/web/openapi.json"));
    }

    /**
     * Starts a server over {@code lb} (which stays owned by the caller: {@link #stop} does not close it).
     * Binding to anything but loopback logs a warning.
     */
    public static WebServer start(Lagebild lb, WebOptions options) {
        WebServer s = new WebServer(lb, options);
        if (!options.loopback()) {
            LOG.log(System.Logger.Level.WARNING, "binding to " + options.host()
                    + ": the workspace is reachable from other machines and has no login");
        }
        s.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = options.maxBodyBytes();
            cfg.jetty.host = options.host();
            cfg.jetty.port = options.port();
            // requests are CPU-bound: more threads than a few per core only add switching and memory
            cfg.jetty.threadPool = new QueuedThreadPool(THREADS, Math.min(THREADS, 8), 60_000);
            s.routes(cfg.routes);
        });
        s.app.start();
        return s;
    }

    /** The bound port (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The bearer token {@code POST /api/ingest} requires; print it at start so the user can use it. */
    public String token() {
        return token;
    }

    /** The workspace's address, e.g. {@code http://127.0.0.1:7070/}. */
    public String url() {
        String h = options.host().contains(":") && !options.host().startsWith("[") ? "[" + options.host() + "]"
                : options.host();
        return "http://" + h + ":" + port() + "/";
    }

    public void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    // ---------------------------------------------------------------- routing

    private void routes(io.javalin.config.RoutesConfig r) {
        r.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        });
        r.get("/api/articles", this::articles);
        r.get("/api/articles/{id}", this::article);
        r.get("/api/articles/{id}/claims", this::claims);
        r.get("/api/articles/{id}/quotes", this::quotes);
        r.get("/api/search", this::search);
        r.get("/api/entities", this::entities);
        r.get("/api/entities/{id}", this::entity);
        r.get("/api/stories", ctx -> sendJson(ctx, stories.list(new Params(ctx))));
        r.get("/api/stories/{id}", ctx -> sendJson(ctx, stories.story(Params.id(ctx, "id", "story"), new Params(ctx))));
        r.get("/api/stories/{id}/facts", ctx -> sendJson(ctx, stories.facts(Params.id(ctx, "id", "story"))));
        r.get("/api/stories/{id}/timeline", ctx -> sendJson(ctx, stories.timeline(Params.id(ctx, "id", "story"))));
        r.get("/api/stats", ctx -> {
            Map<String, Object> m = Views.stats(stats.stats());
            lb.storiesNote().ifPresent(n -> m.put("storiesNote", n));
            send(ctx, m);
        });
        r.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        r.post("/api/ingest", this::ingest);

        Handler page = ctx -> ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(shell);
        r.get("/", page);
        r.get("/search", page);
        r.get("/stories", page);
        r.get("/story/{id}", ctx -> {
            String id = ctx.pathParam("id");
            if (id.length() > 200 || lb.store().derived().story(id).isEmpty()) {
                ctx.status(404);
            }
            page.handle(ctx);
        });
        r.get("/article/{id}", ctx -> {
            String id = ctx.pathParam("id");
            if (id.length() > 200 || lb.store().versions(id).isEmpty()) {
                ctx.status(404);
            }
            page.handle(ctx);
        });
        r.get("/entity/{id}", page);
        r.get("/static/<path>", this::staticFile);

        r.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        r.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        r.exception(StoreException.class, (e, ctx) -> error(ctx, 503, "store unavailable: " + e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, "request " + ctx.method() + " " + ctx.path() + " failed", e);
            error(ctx, 500, "internal error");
        });
        r.error(404, ctx -> {
            // our handlers answer 404s in JSON; anything else is Javalin's plain "endpoint not found"
            String ct = ctx.res().getContentType();
            if (ct == null || !(ct.startsWith("application/json") || ct.startsWith("text/html"))) {
                if (ctx.path().startsWith("/api/")) {
                    error(ctx, 404, "no such API route: " + Params.clip(ctx.path()));
                } else {
                    ctx.contentType("text/plain; charset=utf-8").result("not found");
                }
            }
        });
    }

    private void error(Context ctx, int status, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message == null ? "error" : message);
        m.put("status", status);
        ctx.status(status);
        send(ctx, m);
    }

    private void send(Context ctx, Object value) {
        sendJson(ctx, json(value));
    }

    private static void sendJson(Context ctx, byte[] body) {
        ctx.contentType("application/json; charset=utf-8").header("Cache-Control", "no-store").result(body);
    }

    private byte[] json(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- API

    private void articles(Context ctx) {
        Params p = new Params(ctx);
        int limit = p.limit(50);
        int offset = p.offset();
        List<Map<String, Object>> items = lb.store().articles(limit, offset).stream().map(Views::summary).toList();
        send(ctx, page(items, stats.stats().articles(), limit, offset));
    }

    private static Map<String, Object> page(List<?> items, long total, int limit, int offset) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("items", items);
        return m;
    }

    private Document document(Context ctx) {
        String id = Params.id(ctx, "id", "article");
        return lb.store().document(id).orElseThrow(() -> ApiException.notFound("no article '" + Params.clip(id) + "'"));
    }

    private void article(Context ctx) {
        Document d = document(ctx);
        Map<String, Object> m = WebViews.document(d);
        m.put("versions", lb.store().versions(d.article().id()).stream().map(Views::summary).toList());
        m.put("story", stories.storyOf(d.article().id()));
        m.put("nearDuplicates", stories.nearDuplicates(d.article().id()));
        send(ctx, m);
    }

    private void claims(Context ctx) {
        Document d = document(ctx);
        List<Map<String, Object>> all = WebViews.claims(d);
        pageOf(ctx, all);
    }

    private void quotes(Context ctx) {
        Document d = document(ctx);
        pageOf(ctx, WebViews.quotes(d));
    }

    private void pageOf(Context ctx, List<Map<String, Object>> all) {
        Params p = new Params(ctx);
        int limit = p.limit(100);
        int offset = p.offset();
        List<Map<String, Object>> items = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
        send(ctx, page(items, all.size(), limit, offset));
    }

    private SearchQuery query(Params p, int limit, int offset) {
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("to (" + to + ") is before from (" + from + ")");
        }
        return new SearchQuery(p.text("q"), p.language("lang"), p.text("source"), from, to, p.text("entity"), limit, offset);
    }

    /** What a cached search response was computed from: the index searched and the store's counts. */
    private record SearchVersion(long index, long articlesSeq) {
    }

    private void search(Context ctx) throws StoreException {
        Params p = new Params(ctx);
        int limit = p.limit(20);
        int offset = p.offset();
        boolean facets = !"false".equals(p.text("facets"));
        SearchQuery q = query(p, limit, offset);
        // the parsed query is the key, so spellings of the same parameters share an entry
        String key = key(q.text(), q.language(), q.source(), q.from(), q.to(), q.entity(), q.limit(), q.offset(), facets);
        SearchVersion version = new SearchVersion(lb.store().searchVersion(), lb.store().maxSeq());
        byte[] cached = searches.get(key, version);
        if (cached == null) {
            cached = json(searchResponse(q, facets));
            searches.put(key, version, cached);
        }
        sendJson(ctx, cached);
    }

    /** The parts as one string that tells them apart (each length-prefixed; null is "-"). */
    static String key(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object o : parts) {
            if (o == null) {
                b.append('-');
            } else {
                String v = o.toString();
                b.append(v.length()).append(':').append(v);
            }
        }
        return b.toString();
    }

    private Map<String, Object> searchResponse(SearchQuery q, boolean facets) throws StoreException {
        int limit = q.limit();
        int offset = q.offset();
        SearchHits hits = lb.store().search(q);
        Map<String, Object> m = page(hits.hits().stream().map(Views::hit).toList(), hits.total(), limit, offset);
        if (facets) {
            StoreStats counts = stats.stats();
            m.put("facets", this.facets.count(q, hits, List.copyOf(counts.byLanguage().keySet()),
                    List.copyOf(counts.bySource().keySet())).json());
        }
        return m;
    }

    private void entities(Context ctx) {
        Params p = new Params(ctx);
        int top = p.integer("top", 50, 1, Params.MAX_LIMIT);
        String article = p.text("article");
        if (article != null && lb.store().versions(article).isEmpty()) {
            throw ApiException.notFound("no article '" + Params.clip(article) + "'");
        }
        List<Map<String, Object>> items = lb.store().entities(article, top).stream().map(Views::entityCount).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", article);
        m.put("top", top);
        m.put("items", items);
        send(ctx, m);
    }

    /** One entity (by id or name): forms seen, its articles, what it said and the claims it is part of. */
    private void entity(Context ctx) throws StoreException {
        String id = Params.id(ctx, "id", "entity");
        Params p = new Params(ctx);
        int limit = p.limit(50);
        int offset = p.offset();
        String key = ArticleIds.normalise(id);
        SearchHits hits = lb.store().search(new SearchQuery(null, null, null, null, null, id, limit, offset));
        if (hits.total() == 0) {
            throw ApiException.notFound("no entity '" + Params.clip(id) + "'");
        }
        Map<String, Long> forms = new TreeMap<>();
        Map<String, Long> types = new TreeMap<>();
        Map<String, Long> names = new TreeMap<>();
        List<Map<String, Object>> quotes = new ArrayList<>();
        List<Map<String, Object>> claims = new ArrayList<>();
        long mentions = 0;
        for (SearchHit h : hits.hits().subList(0, Math.min(ENTITY_DOCS, hits.hits().size()))) {
            Optional<Document> od = lb.store().document(h.id());
            if (od.isEmpty()) {
                continue;
            }
            Document d = od.get();
            for (EntityMention e : d.entities()) {
                if (matches(key, e.entityId(), e.name())) {
                    mentions++;
                    forms.merge(e.text(), 1L, Long::sum);
                    types.merge(e.type().name(), 1L, Long::sum);
                    if (e.name() != null) {
                        names.merge(e.name(), 1L, Long::sum);
                    }
                }
            }
            for (int i = 0; i < d.quotes().size(); i++) {
                Quote q = d.quotes().get(i);
                if (q.speaker() != null && matches(key, q.speaker().entityId(), q.speaker().name(), q.speaker().text())) {
                    quotes.add(WebViews.quote(q, i, d));
                }
            }
            for (Claim c : d.claims()) {
                boolean in = c.subject() != null && matches(key, c.subject().entityId(), c.subject().name(), c.subject().text())
                        || c.object() != null && matches(key, c.object().entityId(), c.object().name(), c.object().text());
                for (Source s : c.attribution()) {
                    in |= matches(key, s.entityId(), s.name(), s.text());
                }
                if (in) {
                    claims.add(WebViews.claim(c, d));
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", most(names, id));
        m.put("type", most(types, null));
        m.put("mentions", mentions);
        List<Map<String, Object>> formList = new ArrayList<>();
        forms.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).forEach(e -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("text", e.getKey());
            f.put("count", e.getValue());
            formList.add(f);
        });
        m.put("forms", formList);
        m.put("articles", page(hits.hits().stream().map(Views::hit).toList(), hits.total(), limit, offset));
        m.put("quotes", quotes);
        m.put("claims", claims);
        m.put("stories", stories.storiesOf(id));
        m.put("scanned", Math.min(ENTITY_DOCS, hits.hits().size()));
        send(ctx, m);
    }

    private static boolean matches(String key, String... ids) {
        for (String s : ids) {
            if (s != null && !s.isBlank() && (s.equals(key) || ArticleIds.normalise(s).equals(key))) {
                return true;
            }
        }
        return false;
    }

    private static String most(Map<String, Long> counts, String dflt) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(dflt);
    }

    private void ingest(Context ctx) throws IOException {
        if (!options.allowIngest()) {
            throw new ApiException(403, "ingest is disabled; start the server with --allow-ingest");
        }
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "missing or wrong bearer token");
        }
        String name = new Params(ctx).text("name");
        if (name == null || !INGEST_NAME.matcher(name).matches()) {
            throw ApiException.badRequest("name must be a file name such as 'articles.jsonl' (letters, digits, '.', '_', '-')");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > options.maxBodyBytes()) {
            // read (and drop) what a client sends before it reads the answer, within a bound: a connection closed on
            // unread data can lose the 413 on the way
            if (declared <= DRAIN_BYTES) {
                try {
                    ctx.req().getInputStream().skipNBytes(declared);
                } catch (IOException stopped) {
                    // the client stopped sending: the answer is the same
                }
            }
            ctx.header("Connection", "close");
            throw new ApiException(413, "body of " + declared + " bytes exceeds the limit of " + options.maxBodyBytes());
        }
        byte[] body = readBounded(ctx.req().getInputStream(), options.maxBodyBytes());
        IngestSummary summary;
        synchronized (ingestLock) {
            summary = lb.ingest(name, new ByteArrayInputStream(body), IngestOptions.defaults(LocalDate.now(ZoneOffset.UTC)),
                    IngestListener.NONE);
        }
        send(ctx, Views.ingest(summary));
    }

    /** Bodies over the limit up to this size are read and dropped before the 413, so that the client sees it. */
    private static final long DRAIN_BYTES = 1 << 20;

    private static byte[] readBounded(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            total += n;
            if (total > max) {
                throw new ApiException(413, "body exceeds the limit of " + max + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- static files

    private void staticFile(Context ctx) {
        String path = ctx.pathParam("path");
        String[] segments = path.split("/", -1);
        for (String s : segments) {
            if (!SEGMENT.matcher(s).matches()) {
                throw ApiException.notFound("no static file '" + Params.clip(path) + "'");
            }
        }
        String name = path.equals("vendor/echarts.min.js") ? ECHARTS : STATIC_ROOT + path;
        byte[] data = staticCache.get(name);
        if (data == null) {
            // only files that exist are cached, so the cache stays as small as the static folder
            data = resource(name).orElseThrow(() -> ApiException.notFound("no static file '" + Params.clip(path) + "'"));
            staticCache.put(name, data);
        }
        ctx.contentType(contentType(path)).header("Cache-Control", "no-cache").result(data);
    }

    private static String contentType(String path) {
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "js", "mjs" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "html" -> "text/html; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "json" -> "application/json";
            default -> "application/octet-stream";
        };
    }

    private static Optional<byte[]> resource(String name) {
        try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
