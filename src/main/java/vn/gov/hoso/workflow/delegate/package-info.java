/**
 * The named beans BPMN models call: delegates ({@code <Verb><Object>Delegate}) and task listeners
 * ({@code <Verb><Object>Listener}). Each reads declared inputs, calls one module API method, writes declared outputs;
 * none knows which process or element it runs in.
 */
@NullMarked
package vn.gov.hoso.workflow.delegate;

import org.jspecify.annotations.NullMarked;
