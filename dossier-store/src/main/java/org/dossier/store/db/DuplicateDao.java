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
 * links to, which become one group named by {@link NearDuplicates#groupId} over all their members (computed
from each group's first member, which is what names it). The
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
            // The candidates' ids and groups first; a fingerprint (a kilobyte) is read only while its group is
            // not linked yet, so a large group of copies costs one check, not one per copy.
            PreparedStatement ps = db.prepare("SELECT f.article_id, f.dup_group FROM article_fingerprints f "
                    + "WHERE f.article_id IN (SELECT b.article_id FROM band_keys b WHERE b.band_key IN ("
                    + IN_BANDS + "))");
            for (int i = 0; i < keys.length; i++) {
                ps.setLong(i + 1, keys[i]);
            }
            List<Long> candidates = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                    groups.add(rs.getString(2));
                }
            }
            PreparedStatement one = db.prepare("SELECT min_hashes, shingles FROM article_fingerprints "
                    + "WHERE article_id = ?");
            for (int i = 0; i < candidates.size(); i++) {
                if (linked.contains(groups.get(i))) {
                    continue; // the article joins that group anyway
                }
                one.setLong(1, candidates.get(i));
                try (ResultSet rs = one.executeQuery()) {
                    if (rs.next() && NearDuplicates.linked(fp, fingerprint(rs))) {
                        linked.add(groups.get(i));
                    }
                }
            }
        }
        // A group's id is its earliest member (NearDuplicates.groupId), so the union's id is the earliest of
        // the groups' first members and the new article: no need to read every member.
        List<NearDuplicates.Item> firsts = new ArrayList<>(firstMembers(linked));
        firsts.add(new NearDuplicates.Item(article.source().sha256(), article.published(), fp));
        String group = NearDuplicates.groupId(firsts);
        Set<Long> regrouped = new HashSet<>();
        for (String old : linked) {
            if (!old.equals(group)) {
                regrouped.addAll(memberIds(old));
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

    /**
     * The first member of each group, the one the group is named after; a group whose first member is not
     * found (it cannot happen unless the tables were edited by hand) gives all its members instead, which
     * names the union the same way.
     */
    private List<NearDuplicates.Item> firstMembers(Set<String> groups) throws SQLException {
        List<NearDuplicates.Item> out = new ArrayList<>();
        PreparedStatement first = db.prepare("SELECT f.min_hashes, f.shingles, a.sha256, a.published "
                + "FROM article_fingerprints f JOIN articles a ON a.id = f.article_id WHERE f.dup_group = ? "
                + "AND a.sha256 = ?");
        PreparedStatement all = db.prepare("SELECT f.min_hashes, f.shingles, a.sha256, a.published "
                + "FROM article_fingerprints f JOIN articles a ON a.id = f.article_id WHERE f.dup_group = ?");
        for (String g : groups) {
            first.setString(1, g);
            first.setString(2, g);
            int found = read(first, out);
            if (found == 0) {
                all.setString(1, g);
                read(all, out);
            }
        }
        return out;
    }

    private static int read(PreparedStatement ps, List<NearDuplicates.Item> out) throws SQLException {
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new NearDuplicates.Item(rs.getString("sha256"), Sql.text(rs, "published"), fingerprint(rs)));
                n++;
            }
        }
        return n;
    }

    /** The ids of the articles in {@code group}. */
    private List<Long> memberIds(String group) throws SQLException {
        List<Long> out = new ArrayList<>();
        PreparedStatement ps = db.prepare("SELECT article_id FROM article_fingerprints WHERE dup_group = ?");
        ps.setString(1, group);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
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
