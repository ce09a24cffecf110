package org.brainbridge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

class KeptTokensTest {

    private static final List<String> TEXTS = List.of(
            "脑机接口",
            "南昌大学第一附属医院",
            "ＢＣＩ headset's interfaces",
            "Brain-Computer Interfaces, EEG 脑电采集 (南昌)",
            "瑶湖念康電子科技股份有限公司",
            "柔性电极 神经调控 运动想象 SSVEP P300",
            "",
            "   ",
            "湓灵联康复科技股份有限公司（简称“灵联康复”）成立于2005年，位于九江市共青城市，专注于脑机接口康复设备，核心技术包括便携式运动功能重建");

    private final CharNormalization normalization = new CharNormalization();
    private final DomainDictionary dictionary =
            DomainDictionary.load(new DataFiles(Optional.empty()).lines(DataFiles.DICTIONARY), normalization);

    /** The index-time text analyzer: it keeps what it makes of short strings. */
    private Analyzer keeping() {
        return new TextAnalyzer(
                normalization,
                new Segmenter(normalization),
                Optional.of(dictionary),
                DomainTermFilter.Mode.ALL_TERMS,
                CharArraySet.EMPTY_SET,
                Optional.empty());
    }

    @Test
    void replayedTokensAreWhatTheChainMakesTermOffsetTypeAndPositionAlike() throws IOException {
        try (Analyzer fresh = keeping();
                Analyzer kept = keeping()) {
            for (String text : TEXTS) {
                tokens(kept, text); // the first reading keeps them
            }
            for (String text : TEXTS) {
                assertThat(tokens(kept, text)).as(text).isEqualTo(tokens(fresh, text));
                assertThat(tokens(kept, text)).as("again: " + text).isEqualTo(tokens(fresh, text));
            }
        }
    }

    @Test
    void aStreamLeftHalfReadIsNotKeptAsTheWholeString() throws IOException {
        String text = "脑机接口 柔性电极 康复";
        try (Analyzer fresh = keeping();
                Analyzer kept = keeping()) {
            try (TokenStream stream = kept.tokenStream("f", text)) {
                stream.reset();
                assertThat(stream.incrementToken()).isTrue();
                stream.end();
            }
            assertThat(tokens(kept, text)).isEqualTo(tokens(fresh, text)).hasSizeGreaterThan(3);
        }
    }

    @Test
    void streamsOfOneAnalyzerOnSeveralThreadsAgree() throws Exception {
        try (Analyzer fresh = keeping();
                Analyzer kept = keeping()) {
            List<List<String>> expected = new ArrayList<>();
            for (String text : TEXTS) {
                expected.add(tokens(fresh, text));
            }
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    try {
                        for (int round = 0; round < 50; round++) {
                            for (int i = 0; i < TEXTS.size(); i++) {
                                assertThat(tokens(kept, TEXTS.get(i))).isEqualTo(expected.get(i));
                            }
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(failures).isEmpty();
        }
    }

    /** Every attribute indexing and highlighting read, per token, and the end state. */
    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add("%s@%d-%d:%s +%d ×%d"
                        .formatted(
                                term,
                                offset.startOffset(),
                                offset.endOffset(),
                                type.type(),
                                increment.getPositionIncrement(),
                                length.getPositionLength()));
            }
            stream.end();
            out.add("end@%d +%d".formatted(offset.endOffset(), increment.getPositionIncrement()));
        }
        return out;
    }
}
