package org.dossier.store.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words by Unicode rules (UAX #29, so Korean, Vietnamese and German split as well as English), lower
 * case, accents folded so "Nguyen" finds "Nguyễn". No stop words and no stemming: both are
 * language-specific and the index holds every language at once.
 */
final class TextAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
