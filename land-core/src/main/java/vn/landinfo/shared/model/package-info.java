/** Typed ids, value objects and geometry rules shared by every bounded context. */
package vn.landinfo.shared.model;
