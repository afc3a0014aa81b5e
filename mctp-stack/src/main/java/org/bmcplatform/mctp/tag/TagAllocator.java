package org.bmcplatform.mctp.tag;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.time.Scheduler;

/**
 * Allocates requester-owned message tags (TO=1) per {@link TagKey} (DSP0236 §8.7; reference
 * mctp-stack.md §7.1): 8 tags, each held until released or until the tag lifetime passes, handed out
 * round-robin so that a tag just released is not reused at once (a late response to it would
 * otherwise match the next request). Thread-safe.
 */
public final class TagAllocator {
    /** Tags per (network, local, peer). */
    public static final int TAGS = 8;

    private final Scheduler scheduler;
    private final long lifetimeNanos;
    private final Map<TagKey, Space> spaces = new HashMap<>();

    public TagAllocator(Scheduler scheduler, Duration tagLifetime) {
        this.scheduler = scheduler;
        this.lifetimeNanos = tagLifetime.toNanos();
    }

    /**
     * @return a free tag 0..7
     * @throws MctpException TAGS_EXHAUSTED when all 8 are held
     */
    public synchronized int allocate(TagKey key) {
        return allocate(key, tag -> false);
    }

    /**
     * As {@link #allocate(TagKey)}, but a tag for which {@code outstanding} answers true is never handed
     * out, even past its lifetime: a request that waits longer than the lifetime keeps its tag, so its
     * response cannot be taken for another request's.
     *
     * @throws MctpException TAGS_EXHAUSTED when no tag is free
     */
    public synchronized int allocate(TagKey key, IntPredicate outstanding) {
        long now = scheduler.nanoTime();
        Space space = spaces.computeIfAbsent(key, k -> new Space());
        for (int i = 0; i < TAGS; i++) {
            int tag = (space.next + i) % TAGS;
            if ((!space.held[tag] || now - space.allocatedAt[tag] >= lifetimeNanos) && !outstanding.test(tag)) {
                space.held[tag] = true;
                space.allocatedAt[tag] = now;
                space.next = (tag + 1) % TAGS;
                return tag;
            }
        }
        throw new MctpException(MctpException.Reason.TAGS_EXHAUSTED,
                "all " + TAGS + " tags from EID " + key.local() + " to EID " + key.peer() + " on network "
                        + key.network() + " are in use");
    }

    /** Frees a tag; releasing a free or expired tag is harmless. */
    public synchronized void release(TagKey key, int tag) {
        Space space = spaces.get(key);
        if (space != null) {
            space.held[tag] = false;
        }
    }

    /** Number of tags held (and not yet expired) for a key. */
    public synchronized int held(TagKey key) {
        Space space = spaces.get(key);
        if (space == null) {
            return 0;
        }
        long now = scheduler.nanoTime();
        int n = 0;
        for (int t = 0; t < TAGS; t++) {
            if (space.held[t] && now - space.allocatedAt[t] < lifetimeNanos) {
                n++;
            }
        }
        return n;
    }

    private static final class Space {
        final boolean[] held = new boolean[TAGS];
        final long[] allocatedAt = new long[TAGS];
        int next;
    }
}
