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
}
