package vn.landinfo.web.api.transaction;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import vn.landinfo.transaction.model.Caller;
import vn.landinfo.web.api.BadParameter;

/**
 * Stand-in until access control: the caller is whoever the {@value #HEADER} header names, or
 * {@value #ANONYMOUS} without it. It authenticates nobody — it only lets the lifecycle (four eyes,
 * idempotency scope, audit subject) be exercised now. Replace it by defining another
 * {@link CallerResolver} bean (see TransactionApiConfiguration).
 */
public final class HeaderCallerResolver implements CallerResolver {

    public static final String HEADER = "X-Landinfo-Officer";
    public static final String ANONYMOUS = "anonymous-officer";
    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@:+-]{1,200}");

    @Override
    public Caller resolve(HttpServletRequest request) {
        String value = request.getHeader(HEADER);
        if (value == null) {
            return new Caller(ANONYMOUS);
        }
        if (!SUBJECT.matcher(value).matches()) {
            throw new BadParameter(HEADER, value, "phải là mã cán bộ 1-200 ký tự (chữ, số, . _ @ : + -)",
                    "must be an officer id of 1-200 characters (letters, digits, . _ @ : + -)");
        }
        return new Caller(value);
    }
}
