package org.dossier.core.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges each block inside the chosen containers: page furniture nested in the article, captions
 * and credits, the headline, link lists. Stateless and thread-safe.
 */
final class BlockFilter {
    private BlockFilter() {
    }

    static MainText filter(Page page, List<PageNode> containers, Optional<String> title) {
        List<String> paragraphs = new ArrayList<>();
        Set<String> captions = new LinkedHashSet<>();
        String normalTitle = title.map(BlockFilter::normal).orElse("");
        for (PageNode c : containers) {
            for (int i = c.first; i < c.end; i++) {
                TextBlock b = page.blocks.get(i);
                PageNode o = b.owner();
                PageNode caption = o.caption;
                PageNode credit = o.credit;
                if (caption != null && (credit == null || caption.depth > credit.depth)) {
                    captions.add(b.text());
                    continue;
                }
                if (credit != null) {
                    continue;
                }
                if (o.boiler != null && o.boiler.depth > c.depth) {
                    continue;
                }
                if (o.heading == 1 || b.units() == 0) {
                    continue;
                }
                if (!normalTitle.isEmpty() && normal(b.text()).equals(normalTitle)) {
                    continue;
                }
                if (b.linkDensity() > 0.5) {
                    continue;
                }
                paragraphs.add(b.text());
            }
        }
        return new MainText(paragraphs, new ArrayList<>(captions));
    }

    private static String normal(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
