package vn.landinfo.web.api;

/**
 * A request parameter that is malformed, out of range or not allowed here: 400 with a detail that names
 * the parameter, what was expected (Vietnamese, then English) and what was given.
 */
public final class BadParameter extends RuntimeException {

    private final String parameter;
    private final String given;

    public BadParameter(String parameter, String given, String expectedVi, String expectedEn) {
        super("Tham số '" + parameter + "' " + expectedVi + (given == null ? "" : "; nhận được '" + given + "'") + ". / "
                + "Parameter '" + parameter + "' " + expectedEn + (given == null ? "" : "; got '" + given + "'") + ".");
        this.parameter = parameter;
        this.given = given;
    }

    public String parameter() {
        return parameter;
    }

    public String given() {
        return given;
    }
}
