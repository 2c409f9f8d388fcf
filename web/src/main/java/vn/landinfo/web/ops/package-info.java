/**
 * Operating landinfo as a service: health probes for load balancers, Prometheus metrics, one log line
 * per request with a request id. See docs/operations.md#health-probes and docs/decisions/0040 to 0043.
 */
package vn.landinfo.web.ops;
