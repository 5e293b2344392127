package org.dossier.store.db;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.core.model.Article;
import org.dossier.nlp.timeline.Fingerprint;
import org.dossier.nlp.timeline.NearDuplicates;

/**
 * The {@code article_fingerprints} and {@code band_keys} tables: near-duplicate detection across the
 * store, one article at a time, with the rules of {@link NearDuplicates}. A new article's band keys
 * find its candidates, {@link NearDuplicates#linked} checks them, and the article joins every group it
 * links to, which become one group named by {@link NearDuplicates#groupId} over all their members. The
 * groups are the connected components {@link NearDuplicates#groups} finds for the same articles at once,
 * with the same ids, whatever the order the articles came in.
 */
final class DuplicateDao {
    private static final String IN_BANDS = "?" + ", ?".repeat(NearDuplicates.BANDS - 1);

    private final Db db;

    DuplicateDao(Db db) {
        this.db = db;
    }

    /**
     * Where an article went: its duplicate group, and the older articles whose group changed because it
     * joined theirs to another (their timeline reports must be re-added under the new id).
     */
    record Placement(String group, Set<Long> regrouped) {
    }

    /** Articles not placed yet, oldest first. */
    List<Long> unplaced() throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = db.prepare("SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM "
                + "article_fingerprints f WHERE f.article_id = a.id) ORDER BY a.id").executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** Fingerprints the article {@code articleId}, links it to its near-duplicates and records its group. */
    Placement place(long articleId, Article article) throws SQLException {
        Fingerprint fp = NearDuplicates.fingerprint(article.body());
        long[] keys = fp.bandKeys();
        Set<String> linked = new HashSet<>();
        if (keys.length == NearDuplicates.BANDS) {
            // The ids first, then each candidate's row once: fingerprints are a kilobyte each.
            PreparedStatement ps = db.prepare("SELECT f.article_id, f.dup_group, f.min_hashes, f.shingles "
                    + "FROM article_fingerprints f WHERE f.article_id IN "
                    + "(SELECT b.article_id FROM band_keys b WHERE b.band_key IN (" + IN_BANDS + "))");
            for (int i = 0; i < keys.length; i++) {
                ps.setLong(i + 1, keys[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String group = rs.getString("dup_group");
                    // A candidate in a group already linked adds nothing: the article joins that group anyway.
                    if (!linked.contains(group) && NearDuplicates.linked(fp, fingerprint(rs))) {
                        linked.add(group);
                    }
                }
            }
        }
        List<Member> members = members(linked);
        List<NearDuplicates.Item> all = new ArrayList<>(members.stream().map(Member::item).toList());
        all.add(new NearDuplicates.Item(article.source().sha256(), article.published(), fp));
        String group = NearDuplicates.groupId(all);
        Set<Long> regrouped = new HashSet<>();
        for (Member m : members) {
            if (!m.group().equals(group)) {
                regrouped.add(m.articleId());
            }
        }
        for (String old : linked) {
            if (!old.equals(group)) {
                PreparedStatement up = db.prepare("UPDATE article_fingerprints SET dup_group = ? WHERE dup_group = ?");
                up.setString(1, group);
                up.setString(2, old);
                up.executeUpdate();
            }
        }
        PreparedStatement ins = db.prepare("INSERT INTO article_fingerprints (article_id, min_hashes, shingles, "
                + "dup_group) VALUES (?, ?, ?, ?)");
        ins.setLong(1, articleId);
        ins.setBytes(2, bytes(fp.minHashes()));
        ins.setInt(3, fp.shingles());
        ins.setString(4, group);
        ins.executeUpdate();
        if (keys.length == NearDuplicates.BANDS) {
            // One statement for every band: a round trip per row cost more than the rows.
            PreparedStatement band = db.prepare("INSERT OR IGNORE INTO band_keys (band_key, article_id) VALUES "
                    + "(?, ?)" + ", (?, ?)".repeat(NearDuplicates.BANDS - 1));
            for (int i = 0; i < keys.length; i++) {
                band.setLong(2 * i + 1, keys[i]);
                band.setLong(2 * i + 2, articleId);
            }
            band.executeUpdate();
        }
        return new Placement(group, Set.copyOf(regrouped));
    }

    private record Member(long articleId, String group, NearDuplicates.Item item) {
    }

    /** Every member of the groups {@code groups}. */
    private List<Member> members(Set<String> groups) throws SQLException {
        List<Member> out = new ArrayList<>();
        PreparedStatement ps = db.prepare("SELECT f.article_id, f.min_hashes, f.shingles, a.sha256, a.published "
                + "FROM article_fingerprints f JOIN articles a ON a.id = f.article_id WHERE f.dup_group = ?");
        for (String g : groups) {
            ps.setString(1, g);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Member(rs.getLong("article_id"), g, new NearDuplicates.Item(rs.getString("sha256"),
                            Sql.text(rs, "published"), fingerprint(rs))));
                }
            }
        }
        return out;
    }

    private static Fingerprint fingerprint(ResultSet rs) throws SQLException {
        ByteBuffer b = ByteBuffer.wrap(rs.getBytes("min_hashes"));
        long[] hashes = new long[b.remaining() / Long.BYTES];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = b.getLong();
        }
        return Fingerprint.of(hashes, rs.getInt("shingles"));
    }

    private static byte[] bytes(long[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Long.BYTES);
        for (long v : values) {
            b.putLong(v);
        }
        return b.array();
    }
}
