package org.dossier.store.raw;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Gzip (RFC 1952) with one deflater per thread: a new {@code GZIPOutputStream} sets up zlib's
 * state for every file, which cost more than compressing a news page. Fast level: pages compress
 * almost as well and the raw store is written once per page. Thread-safe.
 */
final class Gzip {
    private static final ThreadLocal<Deflater> DEFLATER =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private Gzip() {
    }

    static byte[] compress(byte[] data) {
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        out.write(HEADER, 0, HEADER.length);
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            int n = deflater.deflate(buf);
            out.write(buf, 0, n);
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        writeInt(out, (int) crc.getValue());
        writeInt(out, data.length);
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
        out.write((v >>> 16) & 0xff);
        out.write((v >>> 24) & 0xff);
    }
}
