/**
 * Workflow module: the only module that talks to the Camunda API. It deploys the models of {@code processes/} and
 * {@code forms/}, starts and correlates processes on domain events, and provides the named beans (delegates,
 * listeners, routing) that BPMN models call by expression. Module API: this package and {@code identity}.
 */
@NullMarked
package vn.gov.hoso.workflow;

import org.jspecify.annotations.NullMarked;
