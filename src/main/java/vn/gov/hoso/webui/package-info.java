/**
 * The pages "Khai thác" for officers and the Sở Nội vụ: search, statistics, campaigns and the per-unit dashboard. A
 * small static front end (one HTML shell, plain JavaScript and SVG, no build step) that calls {@code /api} with the
 * webapps' login; this package only serves the shell to signed-in users.
 */
@NullMarked
package vn.gov.hoso.webui;

import org.jspecify.annotations.NullMarked;
