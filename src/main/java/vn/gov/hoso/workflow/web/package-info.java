/** REST endpoints that start or drive processes (the dossier's own API lives in the dossier module). */
@NullMarked
package vn.gov.hoso.workflow.web;

import org.jspecify.annotations.NullMarked;
