package vn.landinfo.web.ops;

import io.micrometer.common.KeyValues;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Boot's {@code http.server.requests} (method, uri template, status, outcome, exception) plus
 * {@code ogc.operation} and {@code layer}, on every request so that each series has the same tag keys, as
 * Prometheus requires ({@code none} where they do not apply).
 */
final class TaggedServerRequestConvention extends DefaultServerRequestObservationConvention {

    private final RequestTags tags;

    TaggedServerRequestConvention(RequestTags tags) {
        this.tags = tags;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        HttpServletRequest request = context.getCarrier();
        return super.getLowCardinalityKeyValues(context)
                .and("ogc.operation", tags.ogcOperation(request))
                .and("layer", tags.tileLayer(request));
    }
}
