package org.dossier.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dossier.core.json.RecordJson;
import org.dossier.nlp.timeline.Report;
import org.dossier.nlp.timeline.TimelineEntry;
import org.dossier.nlp.timeline.TimelineJson;

/** The timeline as a person reads it in a terminal, as a JSON list, and as CSV. */
final class TimelineFormat {
    /** Longest evidence shown in the text form; the JSON and CSV forms give it whole. */
    private static final int EVIDENCE_CHARS = 200;

    private TimelineFormat() {
    }

    /** A JSON list, one entry per line. */
    static void json(List<TimelineEntry> entries, PrintStream out) {
        if (entries.isEmpty()) {
            out.println("[]");
            return;
        }
        out.println("[");
        for (int i = 0; i < entries.size(); i++) {
            out.print(RecordJson.line(TimelineJson.entry(entries.get(i))));
            out.println(i + 1 < entries.size() ? "," : "");
        }
        out.println("]");
    }

    static final List<String> CSV_COLUMNS = List.of("id", "date", "type", "mode", "status", "actor", "actor_id",
            "target", "target_id", "location", "reports", "sources", "publishers", "articles", "evidence");

    /**
     * One row per entry (RFC 4180). {@code articles} lists each source's path or URL, separated by " | ";
     * {@code evidence} is the first source's sentence.
     */
    static void csv(List<TimelineEntry> entries, PrintStream out) {
        out.print(String.join(",", CSV_COLUMNS) + "\r\n");
        for (TimelineEntry e : entries) {
            List<String> row = List.of(e.id(), e.date().orElse(""), e.type(), e.mode().orElse(""),
                    e.status().jsonName(), e.actor().orElse(""), e.actorId().orElse(""), e.target().orElse(""),
                    e.targetId().orElse(""), e.location().orElse(""), String.valueOf(e.reports()),
                    String.valueOf(e.sources().size()),
                    e.sources().stream().map(r -> r.publisher().orElse("")).filter(p -> !p.isEmpty()).distinct()
                            .collect(Collectors.joining("; ")),
                    e.sources().stream().map(TimelineFormat::where).collect(Collectors.joining(" | ")),
                    e.sources().get(0).event().evidence());
            out.print(row.stream().map(TimelineFormat::csvField).collect(Collectors.joining(",")) + "\r\n");
        }
    }

    private static String csvField(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /**
     * For a terminal: a line per entry (date, type/mode, who → whom, where, status, reports), then a line
     * per source (published, publisher, file or URL) with its evidence, then the ambiguous sources.
     */
    static void text(List<TimelineEntry> entries, int articles, PrintStream out) {
        for (TimelineEntry e : entries) {
            List<String> head = new ArrayList<>();
            head.add(e.date().orElse("(undated)"));
            head.add(e.type() + e.mode().map(m -> "/" + m).orElse(""));
            String who = e.actor().or(e::actorId).orElse("(unknown actor)");
            if (e.target().isPresent() || e.targetId().isPresent()) {
                who += (e.symmetric() ? " ↔ " : " → ") + e.target().or(e::targetId).get();
            }
            head.add(who + e.location().map(l -> ", " + l).orElse(""));
            head.add(e.status().jsonName() + ", " + e.reports() + (e.reports() == 1 ? " report" : " reports"));
            out.println(String.join("  ", head));
            e.sources().forEach(r -> source(r, "    ", out));
            if (!e.ambiguousSources().isEmpty()) {
                out.println("    also fits another entry:");
                e.ambiguousSources().forEach(r -> source(r, "      ", out));
            }
            out.println();
        }
        out.println(entries.size() + (entries.size() == 1 ? " entry" : " entries") + " from " + articles
                + (articles == 1 ? " article." : " articles."));
    }

    private static void source(Report r, String indent, PrintStream out) {
        String event = r.event().status().jsonName() + r.event().date().map(d -> ", " + d).orElse("");
        out.println(indent + r.published().orElse("(no date)") + "  " + r.publisher().orElse("(unknown outlet)")
                + "  " + where(r) + "  [" + event + "]");
        String evidence = r.event().evidence().strip().replaceAll("\\s+", " ");
        if (evidence.length() > EVIDENCE_CHARS) {
            evidence = evidence.substring(0, EVIDENCE_CHARS - 1) + "…";
        }
        out.println(indent + "  “" + evidence + "”");
    }

    /** The file, and the URL when there is one (a WARC file holds many pages). */
    private static String where(Report r) {
        if (r.path().isPresent() && r.url().isPresent()) {
            return r.path().get() + " " + r.url().get();
        }
        return r.path().or(r::url).orElse("(standard input)");
    }
}
