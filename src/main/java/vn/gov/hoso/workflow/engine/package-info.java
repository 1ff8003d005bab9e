/** Engine configuration: plugins, history level, deployment of the modelers' files. */
@NullMarked
package vn.gov.hoso.workflow.engine;

import org.jspecify.annotations.NullMarked;
