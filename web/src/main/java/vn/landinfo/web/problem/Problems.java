package vn.landinfo.web.problem;

import java.util.Optional;

/**
 * The one table from exceptions to problems (docs/decisions/0050-one-problem-table.md), as the places
 * that answer errors see it; its entries live in {@code web.problem.catalogue}, which may know every
 * exception of the application without this package depending on them.
 */
public interface Problems {

    /** The problem for {@code e}; {@link ProblemType#INTERNAL} when nothing maps it. */
    Problem problemFor(Throwable e);

    /** The problem for a failure the API expects (a client's mistake or a lost race); empty for an internal error. */
    default Optional<Problem> known(Throwable e) {
        Problem p = problemFor(e);
        return p.type() == ProblemType.INTERNAL ? Optional.empty() : Optional.of(p);
    }
}
