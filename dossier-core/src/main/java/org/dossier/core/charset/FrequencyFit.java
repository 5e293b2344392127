package org.dossier.core.charset;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.mozilla.universalchardet.prober.Big5Prober;
import org.mozilla.universalchardet.prober.CharsetProber;
import org.mozilla.universalchardet.prober.EUCJPProber;
import org.mozilla.universalchardet.prober.EUCKRProber;
import org.mozilla.universalchardet.prober.EUCTWProber;
import org.mozilla.universalchardet.prober.GB18030Prober;
import org.mozilla.universalchardet.prober.SJISProber;

/**
 * Whether the characters a multi-byte East Asian charset makes of the bytes are the everyday ones of
 * its language. The structure of the text cannot tell: EUC-KR's Hangul rows read as GB 2312 give
 * perfectly ordinary-looking hanzi, and Big5 read as GBK gives valid characters too. The detector's
 * per-charset probers know each language's character frequencies, so the one for the candidate's
 * charset says how well the bytes fit it. Stateless and thread-safe (a new prober per call).
 */
final class FrequencyFit {
    /** Below this many multi-byte characters a frequency distribution says nothing. */
    private static final int MIN_CHARS = 20;

    private FrequencyFit() {
    }

    /**
     * How badly the bytes fit {@code charset}'s language, from 0 (a good fit, or not a charset with a
     * frequency model, or too little text to tell) to 1.
     *
     * @param sample the first {@code length} bytes decoded with {@code charset}
     */
    static double misfit(Charset charset, byte[] bytes, int length, String sample) {
        Optional<Supplier<CharsetProber>> prober = proberFor(charset);
        if (prober.isEmpty() || sample.codePoints().filter(c -> c >= 0x2E80).limit(MIN_CHARS).count() < MIN_CHARS) {
            return 0;
        }
        CharsetProber p = prober.get().get();
        p.handleData(bytes, 0, length);
        if (p.getState() == CharsetProber.ProbingState.NOT_ME) {
            return 1;
        }
        return 1 - p.getConfidence();
    }

    private static Optional<Supplier<CharsetProber>> proberFor(Charset charset) {
        String n = charset.name().toLowerCase(Locale.ROOT);
        if (n.equals("gb18030") || n.equals("gbk") || n.equals("gb2312")) {
            return Optional.of(GB18030Prober::new);
        }
        if (n.startsWith("big5")) {
            return Optional.of(Big5Prober::new);
        }
        if (n.equals("windows-31j") || n.equals("shift_jis")) {
            return Optional.of(SJISProber::new);
        }
        if (n.equals("euc-jp")) {
            return Optional.of(EUCJPProber::new);
        }
        if (n.equals("x-windows-949") || n.equals("euc-kr")) {
            return Optional.of(EUCKRProber::new);
        }
        if (n.equals("x-euc-tw")) {
            return Optional.of(EUCTWProber::new);
        }
        return Optional.empty();
    }
}
