package vn.landinfo.mapserver.features.filter;

public enum ComparisonOp {
    EQUAL("="), NOT_EQUAL("<>"), LESS_THAN("<"), LESS_THAN_OR_EQUAL("<="), GREATER_THAN(">"), GREATER_THAN_OR_EQUAL(">=");

    private final String sql;

    ComparisonOp(String sql) {
        this.sql = sql;
    }

    /** The SQL operator (constant text, never from a request). */
    public String sql() {
        return sql;
    }

    /**
     * The operator seen from the other side, for a literal written before the property: {@code 5 < x} is
     * {@code x > 5}. The tree keeps the property first; FES and CQL2 readers both turn to this.
     */
    public ComparisonOp converse() {
        return switch (this) {
            case LESS_THAN -> GREATER_THAN;
            case LESS_THAN_OR_EQUAL -> GREATER_THAN_OR_EQUAL;
            case GREATER_THAN -> LESS_THAN;
            case GREATER_THAN_OR_EQUAL -> LESS_THAN_OR_EQUAL;
            case EQUAL, NOT_EQUAL -> this;
        };
    }
}
