/** REST API of the sync module: counts per unit and per batch. */
@NullMarked
package vn.gov.hoso.sync.web;

import org.jspecify.annotations.NullMarked;
