package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.brainbridge.graph.ChangeRecord;
import org.junit.jupiter.api.Test;

/** Which nodes a long fan-out shows ahead of itself, between two chunks of neighbours. */
class ShownAheadTest {

    @Test
    void aNodeChangedAgainDuringTheFanOutIsShownAgain() {
        ShownAhead first = ShownAhead.of(List.of(upsert(5, "ent-1"), upsert(6, "ent-2")), 4);
        assertThat(first.ids()).containsExactly("ent-1", "ent-2");
        assertThat(first.upTo()).isEqualTo(6);

        // Renamed once more after the last look: its latest name must show too, not only its first.
        ShownAhead second = ShownAhead.of(List.of(upsert(7, "ent-1")), first.upTo());
        assertThat(second.ids()).containsExactly("ent-1");
        assertThat(second.upTo()).isEqualTo(7);
    }

    @Test
    void linksMoveTheLookOnWithoutShowingAnything() {
        ChangeRecord link = new ChangeRecord(
                9, "upsert-relationships", "LOCATED_IN", List.of("ent-1", "region-360100"), "a", null, now());
        ShownAhead ahead = ShownAhead.of(List.of(link), 8);
        assertThat(ahead.ids()).isEmpty();
        assertThat(ahead.upTo()).isEqualTo(9);
    }

    @Test
    void aChangedTreeNodeIsLeftToItsOwnBatch() {
        ShownAhead ahead = ShownAhead.of(List.of(upsert(3, "ent-1"), upsert(4, "tech-eeg")), 2);
        assertThat(ahead.ids()).isEmpty();
        assertThat(ahead.upTo()).isEqualTo(4);
    }

    @Test
    void nothingNewLeavesTheLookWhereItWas() {
        ShownAhead ahead = ShownAhead.of(List.of(), 12);
        assertThat(ahead.ids()).isEmpty();
        assertThat(ahead.upTo()).isEqualTo(12);
    }

    private static ChangeRecord upsert(long sequence, String id) {
        return new ChangeRecord(sequence, "upsert-nodes", "Enterprise", List.of(id), "curator", null, now());
    }

    private static ZonedDateTime now() {
        return ZonedDateTime.parse("2026-11-30T12:00:00Z");
    }
}
