package org.bmcplatform.mctp.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bmcplatform.mctp.EndpointId;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.time.VirtualScheduler;
import org.junit.jupiter.api.Test;

class TagAllocatorTest {
    private static final TagKey TO_NINE = new TagKey(1, EndpointId.of(8), EndpointId.of(9));
    private final VirtualScheduler scheduler = new VirtualScheduler();
    private final TagAllocator tags = new TagAllocator(scheduler, Duration.ofSeconds(6));

    @Test
    void eightTagsPerPeerThenTagsExhausted() {
        List<Integer> got = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            got.add(tags.allocate(TO_NINE));
        }
        assertThat(got).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
        assertThatThrownBy(() -> tags.allocate(TO_NINE)).isInstanceOfSatisfying(MctpException.class,
                e -> assertThat(e.reason()).isEqualTo(MctpException.Reason.TAGS_EXHAUSTED));
    }

    @Test
    void otherPeerNetworkOrLocalEidHasItsOwnTags() {
        for (int i = 0; i < 8; i++) {
            tags.allocate(TO_NINE);
        }
        assertThat(tags.allocate(new TagKey(1, EndpointId.of(8), EndpointId.of(10)))).isZero();
        assertThat(tags.allocate(new TagKey(2, EndpointId.of(8), EndpointId.of(9)))).isZero();
        assertThat(tags.allocate(new TagKey(1, EndpointId.of(11), EndpointId.of(9)))).isZero();
    }

    // reference mctp-stack.md §7.1: avoid reusing the just-released tag (mctpd issues #152/#154)
    @Test
    void releasedTagIsNotReusedImmediately() {
        int first = tags.allocate(TO_NINE);
        tags.release(TO_NINE, first);
        int second = tags.allocate(TO_NINE);
        assertThat(second).isNotEqualTo(first);
        tags.release(TO_NINE, second);
        List<Integer> next = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            next.add(tags.allocate(TO_NINE));
            tags.release(TO_NINE, next.get(i));
        }
        assertThat(next).containsExactly(2, 3, 4, 5, 6, 7, 0, 1);
    }

    @Test
    void heldTagExpiresAfterTheTagLifetime() {
        for (int i = 0; i < 8; i++) {
            tags.allocate(TO_NINE);
        }
        scheduler.advance(Duration.ofMillis(5999));
        assertThat(tags.held(TO_NINE)).isEqualTo(8);
        assertThatThrownBy(() -> tags.allocate(TO_NINE)).isInstanceOf(MctpException.class);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(tags.held(TO_NINE)).isZero();
        assertThat(tags.allocate(TO_NINE)).isBetween(0, 7);
    }

    @Test
    void releasingAFreeTagIsHarmless() {
        tags.release(TO_NINE, 3);
        int t = tags.allocate(TO_NINE);
        tags.release(TO_NINE, t);
        tags.release(TO_NINE, t);
        assertThat(tags.held(TO_NINE)).isZero();
    }
}
