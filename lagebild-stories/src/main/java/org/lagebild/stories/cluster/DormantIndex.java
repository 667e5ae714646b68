package org.lagebild.stories.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The dormant stories' look-up index for {@link StoryClusterer}: which dormant stories each key
 * (a top entity or name) finds, and a look-up that counts, per story, how many of an article's
 * keys found it, then returns the stories with most hits (ties: the smaller id).
 *
 * <p>Built for the clusterer's hottest loop: every dormant story has a small int slot, a posting is
 * a plain array of slots, and hits are counted in int arrays indexed by slot (stamped with the
 * look-up's round, so nothing is cleared between look-ups). A posting of 500 stories is then 2 KB
 * of ints read in order rather than 500 hash-set entries and 500 counter objects spread over the
 * heap. A story leaves its postings in constant time: each slot remembers where it sits in each of
 * them, and the last entry of a posting takes the freed place. The order of a posting is therefore
 * arbitrary; nothing depends on it, since the stories returned are ordered by hits and id alone.
 *
 * <p>Not thread-safe: the clusterer is single-writer.
 */
final class DormantIndex {
    /** A key shared by more dormant stories than this finds none of them (see {@link StoryClusterer}). */
    private final int maxPosting;
    private final Map<String, Posting> postings = new HashMap<>();
    private final Map<String, Integer> slotOf = new HashMap<>();
    private DormantStory[] stories = new DormantStory[16];
    /** Per slot: the story's id, and its first characters as a number that orders as the ids do ({@link #idKey}). */
    private String[] ids = new String[16];
    private long[] idKeys = new long[16];
    /** Per slot: the postings it is in, and its place in each. */
    private Posting[][] in = new Posting[16][];
    private int[][] at = new int[16][];
    /** Per slot: the round of the look-up that last counted it, and its hits in that round. */
    private int[] round = new int[16];
    private int[] hits = new int[16];
    private int[] free = new int[16];
    private int freeCount;
    private int slots;
    private int currentRound;
    private int[] touched = new int[16];
    private int touchedCount;

    /** The stories that one key finds: slots, in no particular order. */
    private static final class Posting {
        final String key;
        int[] slots = new int[4];
        int size;

        Posting(String key) {
            this.key = key;
        }
    }

    DormantIndex(int maxPosting) {
        this.maxPosting = maxPosting;
    }

    /** Indexes the story under these keys (repeats count once); a story of the same id is removed first. */
    void add(DormantStory d, List<String> keys) {
        remove(d.id());
        int s = freeCount > 0 ? free[--freeCount] : newSlot();
        stories[s] = d;
        ids[s] = d.id();
        idKeys[s] = idKey(d.id());
        round[s] = 0;
        hits[s] = 0;
        LinkedHashSet<String> unique = new LinkedHashSet<>(keys);
        Posting[] ps = new Posting[unique.size()];
        int[] places = new int[unique.size()];
        int j = 0;
        for (String k : unique) {
            Posting p = postings.computeIfAbsent(k, Posting::new);
            if (p.size == p.slots.length) {
                p.slots = Arrays.copyOf(p.slots, p.size * 2);
            }
            places[j] = p.size;
            p.slots[p.size++] = s;
            ps[j++] = p;
        }
        in[s] = ps;
        at[s] = places;
        slotOf.put(d.id(), s);
    }

    private int newSlot() {
        if (slots == stories.length) {
            int n = slots * 2;
            stories = Arrays.copyOf(stories, n);
            ids = Arrays.copyOf(ids, n);
            idKeys = Arrays.copyOf(idKeys, n);
            in = Arrays.copyOf(in, n);
            at = Arrays.copyOf(at, n);
            round = Arrays.copyOf(round, n);
            hits = Arrays.copyOf(hits, n);
            free = Arrays.copyOf(free, n);
            touched = Arrays.copyOf(touched, n);
        }
        return slots++;
    }

    /** Removes the story of this id from every posting (nothing when it is not indexed). */
    void remove(String id) {
        Integer slot = slotOf.remove(id);
        if (slot == null) {
            return;
        }
        int s = slot;
        Posting[] ps = in[s];
        int[] places = at[s];
        for (int j = 0; j < ps.length; j++) {
            Posting p = ps[j];
            int last = p.slots[--p.size];
            if (last != s) {
                int place = places[j];
                p.slots[place] = last;
                Posting[] lastIn = in[last];
                for (int i = 0; i < lastIn.length; i++) {
                    if (lastIn[i] == p) {
                        at[last][i] = place;
                        break;
                    }
                }
            }
            if (p.size == 0) {
                postings.remove(p.key);
            }
        }
        stories[s] = null;
        ids[s] = null;
        in[s] = null;
        at[s] = null;
        free[freeCount++] = s;
    }

    void clear() {
        postings.clear();
        slotOf.clear();
        Arrays.fill(stories, null);
        Arrays.fill(ids, null);
        Arrays.fill(in, null);
        Arrays.fill(at, null);
        slots = 0;
        freeCount = 0;
        touchedCount = 0;
    }

    /** Starts a look-up: the hits of the last one are forgotten. */
    void startLookUp() {
        if (++currentRound == Integer.MAX_VALUE) {
            Arrays.fill(round, 0);
            currentRound = 1;
        }
        touchedCount = 0;
    }

    /** Counts one hit for every story the key finds (none when more than {@code maxPosting} share it). */
    void count(String key) {
        Posting p = postings.get(key);
        if (p == null || p.size > maxPosting) {
            return;
        }
        int[] ps = p.slots;
        int r = currentRound;
        for (int j = 0, n = p.size; j < n; j++) {
            int s = ps[j];
            if (round[s] != r) {
                round[s] = r;
                hits[s] = 1;
                touched[touchedCount++] = s;
            } else {
                hits[s]++;
            }
        }
    }

    /** Whether the current look-up found no story. */
    boolean foundNone() {
        return touchedCount == 0;
    }

    /**
     * The at most {@code k} stories of the current look-up with most hits (ties: the smaller id), most hits
     * first, then by id.
     */
    List<DormantStory> top(int k) {
        if (touchedCount == 0 || k <= 0) {
            return List.of();
        }
        int max = 0;
        for (int i = 0; i < touchedCount; i++) {
            max = Math.max(max, hits[touched[i]]);
        }
        // all stories above the cut-off count, then the smallest ids at it
        int[] byHits = new int[max + 1];
        for (int i = 0; i < touchedCount; i++) {
            byHits[hits[touched[i]]]++;
        }
        int cut = max;
        int above = 0;
        while (cut > 0 && above + byHits[cut] < k) {
            above += byHits[cut];
            cut--;
        }
        int[] chosen = new int[Math.min(k, touchedCount)];
        int n = 0;
        // the smallest ids at the cut-off count: a bounded heap whose root is the largest id kept
        int need = cut == 0 ? 0 : k - above;
        int[] heap = new int[need];
        int kept = 0;
        for (int i = 0; i < touchedCount; i++) {
            int s = touched[i];
            if (hits[s] > cut) {
                chosen[n++] = s;
            } else if (hits[s] == cut && need > 0) {
                if (kept < need) {
                    heap[kept] = s;
                    siftUp(heap, kept++);
                } else if (compareIds(s, heap[0]) < 0) {
                    heap[0] = s;
                    siftDown(heap, kept);
                }
            }
        }
        for (int i = 0; i < kept; i++) {
            chosen[n++] = heap[i];
        }
        // most hits first, then the smaller id (insertion sort: k is small)
        for (int i = 1; i < n; i++) {
            int s = chosen[i];
            int j = i - 1;
            while (j >= 0 && before(s, chosen[j])) {
                chosen[j + 1] = chosen[j];
                j--;
            }
            chosen[j + 1] = s;
        }
        List<DormantStory> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(stories[chosen[i]]);
        }
        return out;
    }

    private boolean before(int s, int t) {
        return hits[s] != hits[t] ? hits[s] > hits[t] : compareIds(s, t) < 0;
    }

    /** The ids' order ({@link String#compareTo}), mostly decided by their keys without reading the strings. */
    private int compareIds(int s, int t) {
        int c = Long.compareUnsigned(idKeys[s], idKeys[t]);
        return c != 0 ? c : ids[s].compareTo(ids[t]);
    }

    /**
     * The id's first 8 characters, 8 bits each, as an unsigned number: ids in {@link String#compareTo} order have
     * keys in the same or equal order. A character from 255 on ends the key (it counts as 255, the rest as 0), so
     * two ids that differ only from there have equal keys and are compared as strings.
     */
    static long idKey(String id) {
        long key = 0;
        boolean open = true;
        for (int i = 0; i < 8; i++) {
            int c = open && i < id.length() ? Math.min(id.charAt(i), 255) : 0;
            open &= c < 255;
            key = key << 8 | c;
        }
        return key;
    }

    private void siftUp(int[] heap, int i) {
        int s = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (compareIds(heap[parent], s) >= 0) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = s;
    }

    private void siftDown(int[] heap, int size) {
        int s = heap[0];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && compareIds(heap[child + 1], heap[child]) > 0) {
                child++;
            }
            if (compareIds(heap[child], s) <= 0) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = s;
    }
}
