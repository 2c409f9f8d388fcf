/** OGC services over the {@code publish} schema; knows nothing of land-core's domain classes. */
package vn.landinfo.mapserver;
