package vn.landinfo.demo.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How long the named phases of one piece of work took, wall-clock, in the order they first ran. A phase ends at
 * {@link #lap(String)} and the next one starts there; a name used twice adds up. The demo load prints these so a
 * slow load shows which phase to blame (docs/decisions/0023-demo-load-time.md).
 */
public final class PhaseTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the running phase under {@code phase} and starts the next one now. */
    public void lap(String phase) {
        long now = System.nanoTime();
        add(phase, now - mark);
        mark = now;
    }

    /** Adds time measured elsewhere (another thread, another object) under {@code phase}. */
    public void add(String phase, long elapsedNanos) {
        nanos.merge(phase, elapsedNanos, Long::sum);
    }

    /** Adds every phase of {@code other} to this one's. */
    public void addAll(PhaseTimes other) {
        other.nanos.forEach(this::add);
    }

    public double seconds(String phase) {
        return nanos.getOrDefault(phase, 0L) / 1e9;
    }

    public double totalSeconds() {
        return nanos.values().stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    /** "layout 3.1, noding 1.2, …" in seconds. */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ");
        nanos.forEach((phase, n) -> out.add(String.format(Locale.ROOT, "%s %.1f", phase, n / 1e9)));
        return out.toString();
    }
}
