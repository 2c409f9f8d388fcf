package vn.landinfo.transaction.model;

import vn.landinfo.shared.model.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every violation of a transaction: rules do not stop at the first, the officer sees them all. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public void add(Violation v) {
        found.add(v);
    }

    public void addAll(List<Violation> vs) {
        found.addAll(vs);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return Collections.unmodifiableList(found);
    }
}
