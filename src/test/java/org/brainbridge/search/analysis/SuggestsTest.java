package org.brainbridge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Analyzers#suggests(String, String)} gives the same answer as looking the token up among the terms
 * {@link Analyzers#suggest()} makes of the name (what it replaced): for every term of every name and every prefix of
 * it, for tokens of other names and for random ones.
 */
class SuggestsTest {

    static Analyzers analyzers;

    @BeforeAll
    static void load() {
        analyzers = new Analyzers();
    }

    @AfterAll
    static void close() {
        analyzers.close();
    }

    private static final List<String> NAMES = List.of(
            "南昌银行",
            "瑶湖念康电子科技股份有限公司",
            "江西重行医疗器械有限公司",
            "Hongguzhiyao Rehabilitation Technology Co., Ltd.",
            "红谷神曜脑机接口上肢康复训练系统 HN-430",
            "便携式干电极脑电采集头环 SN-130",
            "ＢＣＩ上肢康复机器人",
            "腦機接口研究院",
            "长沙乐行长安科技",
            "赣州康复医院",
            "Neuro 传感 Lab 2026",
            "P300 拼写器",
            "重庆长江银行行长",
            "面向新建区脑科医院癫痫发作预警的便携式干电极脑电采集头环示范应用",
            "EEG",
            "柔性电极工艺工程师",
            "南昌大学第一附属医院神经内科",
            "上海市",
            "a",
            "瑶");

    @Test
    void agreesWithTheTermsOfTheSuggestionAnalyzer() {
        Set<String> tokens = new LinkedHashSet<>();
        for (String name : NAMES) {
            for (String term : Tokens.of(analyzers.suggest(), name)) {
                for (int end = 1; end <= term.length(); end++) {
                    tokens.add(term.substring(0, end));
                }
            }
        }
        Random random = new Random(20261130);
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789脑机接口南昌银行瑶湖康复长重行";
        for (int i = 0; i < 300; i++) {
            StringBuilder token = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                token.append(letters.charAt(random.nextInt(letters.length())));
            }
            tokens.add(token.toString());
        }
        List<String> disagreements = new ArrayList<>();
        int suggested = 0;
        for (String name : NAMES) {
            for (String token : tokens) {
                boolean expected = termsSuggest(name, token);
                suggested += expected ? 1 : 0;
                if (analyzers.suggests(name, token) != expected) {
                    disagreements.add(name + " / " + token + ": expected " + expected);
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(suggested).isGreaterThan(NAMES.size() * 10);
    }

    @Test
    void aHanTokenNeedsNoPinyinAndALatinOneFindsIt() {
        assertThat(analyzers.suggests("南昌银行", "银行")).isTrue();
        assertThat(analyzers.suggests("南昌银行", "yinhang")).isTrue();
        assertThat(analyzers.suggests("南昌银行", "nc")).isTrue();
        assertThat(analyzers.suggests("南昌银行", "ncyh")).isTrue();
        assertThat(analyzers.suggests("南昌银行", "昌银")).isFalse();
        assertThat(analyzers.suggests("南昌银行", "")).isFalse();
    }

    /** What suggests() did before: the token is one of the name's suggestion terms, or begins one when longer. */
    private static boolean termsSuggest(String name, String token) {
        boolean shortToken = token.codePointCount(0, token.length()) <= Analyzers.SUGGEST_GRAMS;
        return Tokens.anyToken(
                analyzers.suggest(),
                name,
                term -> shortToken ? token.contentEquals(term) : term.toString().startsWith(token));
    }
}
