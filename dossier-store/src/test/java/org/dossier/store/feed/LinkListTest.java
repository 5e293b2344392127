package org.dossier.store.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LinkListTest {
    private static final URI BASE = URI.create("https://news.example/feeds/all.xml");

    private static Optional<LinkList> parse(String doc) throws IOException {
        return LinkList.parse(doc.getBytes(StandardCharsets.UTF_8), Optional.of("text/xml"), BASE);
    }

    @Test
    void rssLinksAreResolvedAndNonWebLinksDropped() throws Exception {
        LinkList l = parse("""
                <?xml version="1.0"?><!-- a comment with <urlset> in it -->
                <rss version="2.0"><channel><title>t</title><link>https://news.example/</link><description>d</description>
                <item><title>1</title><link>/2018/one.html</link></item>
                <item><title>2</title><link>mailto:desk@news.example</link></item>
                <item><title>3</title><guid>https://news.example/2018/three.html</guid></item>
                <item><title>1 again</title><link>https://news.example/2018/one.html</link></item>
                </channel></rss>""").orElseThrow();
        assertEquals(LinkList.Kind.FEED, l.kind());
        assertEquals(List.of(URI.create("https://news.example/2018/one.html"),
                URI.create("https://news.example/2018/three.html")), l.urls());
    }

    @Test
    void gzippedSitemapsAndIndexesAreRead() throws Exception {
        String sitemap = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
                + "https://news.example/a.html</loc></url></urlset>";
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(sitemap.getBytes(StandardCharsets.UTF_8));
        }
        LinkList l = LinkList.parse(gz.toByteArray(), Optional.empty(), URI.create("https://news.example/s.xml.gz"))
                .orElseThrow();
        assertEquals(List.of(URI.create("https://news.example/a.html")), l.urls());
        LinkList index = parse("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap>"
                + "<loc>https://news.example/s1.xml</loc></sitemap></sitemapindex>").orElseThrow();
        assertEquals(LinkList.Kind.SITEMAP_INDEX, index.kind());
    }

    @Test
    void pagesAreNotListsAndBrokenListsAreErrors() throws Exception {
        assertEquals(Optional.empty(), parse("<!DOCTYPE html><html><body><p>rss</p></body></html>"));
        assertEquals(Optional.empty(), parse("plain text about an <rss> feed"));
        assertThrows(IOException.class, () -> parse("<rss version=\"2.0\"><channel><item>"));
        assertThrows(IOException.class, () -> parse("""
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&x;</title></channel></rss>"""));
    }
}
