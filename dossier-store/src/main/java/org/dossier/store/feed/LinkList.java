package org.dossier.store.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The article URLs of an RSS or Atom feed (Rome) or of a sitemap or sitemap index (crawler-commons).
 * Takes bytes, never fetches: the caller fetches what it lists. Documents are recognised by their
 * root element, since servers label feeds as {@code text/xml}, {@code application/xml} or even
 * {@code text/html}. Both parsers refuse DTDs and external entities. Thread-safe.
 *
 * @param kind what the document is
 * @param urls the absolute http(s) URLs it lists, in order, without repeats
 */
public record LinkList(Kind kind, List<URI> urls) {
    /** What a list of links is. */
    public enum Kind {
        /** An RSS or Atom feed: its items are articles. */
        FEED,
        /** A sitemap: its URLs are pages. */
        SITEMAP,
        /** A sitemap index: its URLs are more sitemaps. */
        SITEMAP_INDEX
    }

    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w:.-]*)");
    private static final Pattern PROLOG = Pattern.compile(
            "(?s)\\A(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(?:\\[.*?\\])?\\s*>)*");
    /** Gzipped sitemaps are common; anything that inflates past this is not a sitemap. */
    private static final int MAX_INFLATED = 64 << 20;

    public LinkList {
        Objects.requireNonNull(kind, "kind");
        urls = List.copyOf(urls);
    }

    /**
     * The links of {@code bytes} when they are a feed or a sitemap; empty when they are something else
     * (a page).
     *
     * @param bytes       the document (gzip is inflated)
     * @param contentType the transport's content type, if any
     * @param base        the document's URL, to resolve relative links against
     * @throws IOException when it looks like a feed or sitemap but cannot be parsed
     */
    public static Optional<LinkList> parse(byte[] bytes, Optional<String> contentType, URI base) throws IOException {
        byte[] doc = isGzip(bytes) ? gunzip(bytes) : bytes;
        Optional<Kind> kind = sniff(doc);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (kind.get() == Kind.FEED) {
            return Optional.of(new LinkList(Kind.FEED, feedLinks(doc, base)));
        }
        return Optional.of(sitemap(doc, base));
    }

    /** The kind of document by its root element, looked for in its first few kilobytes. */
    static Optional<Kind> sniff(byte[] doc) {
        String head = new String(doc, 0, Math.min(doc.length, 4096), StandardCharsets.UTF_8);
        // Only a prolog (declaration, comments, doctype) may come before the root element.
        String body = PROLOG.matcher(head.replace("\uFEFF", "")).replaceAll("").stripLeading();
        Matcher m = ROOT.matcher(body);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String root = m.group(1).toLowerCase(Locale.ROOT);
        int colon = root.indexOf(':');
        String local = colon < 0 ? root : root.substring(colon + 1);
        switch (local) {
            case "rss":
            case "feed":
                return Optional.of(Kind.FEED);
            case "rdf":
                return head.contains("purl.org/rss") ? Optional.of(Kind.FEED) : Optional.empty();
            case "urlset":
                return Optional.of(Kind.SITEMAP);
            case "sitemapindex":
                return Optional.of(Kind.SITEMAP_INDEX);
            default:
                return Optional.empty();
        }
    }

    private static List<URI> feedLinks(byte[] doc, URI base) throws IOException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(doc))) {
            feed = new SyndFeedInput().build(reader);
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("not a valid RSS or Atom feed: " + e.getMessage(), e);
        }
        Set<URI> out = new LinkedHashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            // Atom entries may carry only an id that is the permalink; RSS items may carry only a guid.
            String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
            absolute(link, base).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    private static LinkList sitemap(byte[] doc, URI base) throws IOException {
        AbstractSiteMap parsed;
        try {
            // Not strict: a news site's sitemap may list its pages on a CDN host; every URL is still
            // checked against robots.txt and the address policy when fetched.
            parsed = new SiteMapParser(false).parseSiteMap("text/xml", doc, base.toURL());
        } catch (UnknownFormatException | MalformedURLException | IllegalArgumentException e) {
            throw new IOException("not a valid sitemap: " + e.getMessage(), e);
        }
        Set<URI> out = new LinkedHashSet<>();
        if (parsed instanceof SiteMapIndex index) {
            for (AbstractSiteMap s : index.getSitemaps()) {
                absolute(s.getUrl().toString(), base).ifPresent(out::add);
            }
            return new LinkList(Kind.SITEMAP_INDEX, new ArrayList<>(out));
        }
        for (SiteMapURL u : ((SiteMap) parsed).getSiteMapUrls()) {
            absolute(u.getUrl().toString(), base).ifPresent(out::add);
        }
        return new LinkList(Kind.SITEMAP, new ArrayList<>(out));
    }

    private static Optional<URI> absolute(String link, URI base) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = base.resolve(new URI(link.strip())).normalize();
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null
                    ? Optional.of(u) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isGzip(byte[] b) {
        return b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] b) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            byte[] out = in.readNBytes(MAX_INFLATED + 1);
            if (out.length > MAX_INFLATED) {
                throw new IOException("gzipped document inflates past " + MAX_INFLATED + " bytes");
            }
            return out;
        }
    }
}
