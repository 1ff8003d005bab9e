/**
 * Demo data for the zero-setup default: a demo province with three tiers of units, officers and employees with one
 * demo password, each employee with a running declaration. Never active in the prod profile.
 */
@NullMarked
package vn.gov.hoso.demo;

import org.jspecify.annotations.NullMarked;
