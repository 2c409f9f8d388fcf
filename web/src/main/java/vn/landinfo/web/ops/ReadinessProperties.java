package vn.landinfo.web.ops;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an instance may take traffic ({@code landinfo.readiness.*}, e.g. LANDINFO_READY_DATASETS).
 *
 * @param datasets        loads recorded in {@code dataset_load} that must be there, each a name prefix
 *                        ({@code admin-units}; {@code ./landinfo run} adds {@code demo:default:})
 * @param timeout         longest a probe waits for the database before it answers DOWN
 * @param migrations      where the migrations the application was built with live
 */
@ConfigurationProperties("landinfo.readiness")
record ReadinessProperties(@DefaultValue("admin-units") List<String> datasets, @DefaultValue("2s") Duration timeout,
                           @DefaultValue("classpath:db/migration") String migrations) {
}
