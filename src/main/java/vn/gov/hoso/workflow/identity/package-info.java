/** Identity in the engine: users, groups, memberships and authorizations (module API of workflow). */
@NullMarked
package vn.gov.hoso.workflow.identity;

import org.jspecify.annotations.NullMarked;
