package vn.landinfo.web.problem;

/**
 * A request the server cannot even read as parameters: a broken percent-escape, bytes that are not
 * UTF-8, a parameter without a name, a body framed as a form. Names the parameter when there is one.
 */
public final class MalformedRequest extends RuntimeException {

    private final ProblemType type;
    private final String parameter;
    private final String given;

    public MalformedRequest(ProblemType type, String parameter, String given, String detailVi, String detailEn) {
        super(detailVi + " / " + detailEn);
        this.type = type;
        this.parameter = parameter;
        this.given = given;
    }

    public ProblemType type() {
        return type;
    }

    public String parameter() {
        return parameter;
    }

    public String given() {
        return given;
    }
}
