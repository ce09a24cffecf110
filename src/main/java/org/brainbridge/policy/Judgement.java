package org.brainbridge.policy;

import java.util.List;

/** The outcome of one condition for one actor, with the facts it rests on and the reason in words. */
record Judgement(Outcome outcome, List<Evidence> evidence, String reasonZh, String reasonEn) {

    static Judgement of(Outcome outcome, List<Evidence> evidence, String zh, String en) {
        return new Judgement(outcome, List.copyOf(evidence), zh, en);
    }

    static Judgement of(Outcome outcome, String zh, String en) {
        return new Judgement(outcome, List.of(), zh, en);
    }
}
