package org.dossier.spark.job;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The WARC files the job's inputs name, listed on the driver through Hadoop's file systems (local
 * paths, {@code hdfs://}, {@code s3a://}, whatever the cluster serves): a file as given, a directory
 * recursed for {@code *.warc} and {@code *.warc.gz}, a glob expanded. Largest first, so the longest
 * tasks start first and the last wave is short. An input that yields nothing is reported, not fatal.
 */
final class WarcFiles {
    private WarcFiles() {
    }

    /** One WARC file: its name as records should give it, and its length. */
    record WarcFile(String path, long length) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The files found, and the inputs that gave none with the reason. */
    record Listing(List<WarcFile> files, List<Missing> missing) {
    }

    record Missing(String input, String reason) {
    }

    static Listing list(List<String> inputs, Configuration conf) {
        List<WarcFile> files = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (String input : inputs) {
            int before = files.size();
            try {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    missing.add(new Missing(input, "no such file or directory"));
                    continue;
                }
                boolean literal = matches.length == 1 && !input.matches(".*[*?\\[{].*");
                for (FileStatus m : matches) {
                    if (m.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                        while (it.hasNext()) {
                            LocatedFileStatus f = it.next();
                            if (isWarcName(f.getPath().getName())) {
                                files.add(new WarcFile(f.getPath().toString(), f.getLen()));
                            }
                        }
                    } else if (literal) {
                        // A file named on the command line is read whatever its name, under the name given.
                        files.add(new WarcFile(input, m.getLen()));
                    } else if (isWarcName(m.getPath().getName())) {
                        files.add(new WarcFile(m.getPath().toString(), m.getLen()));
                    }
                }
                if (files.size() == before) {
                    missing.add(new Missing(input, "no WARC files (*.warc, *.warc.gz) found"));
                }
            } catch (IOException | IllegalArgumentException e) {
                missing.add(new Missing(input, "cannot list: " + e.getMessage()));
            }
        }
        List<WarcFile> unique = new ArrayList<>(files.stream().distinct().toList());
        unique.sort(Comparator.comparingLong(WarcFile::length).reversed().thenComparing(WarcFile::path));
        return new Listing(List.copyOf(unique), List.copyOf(missing));
    }

    static boolean isWarcName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }
}
