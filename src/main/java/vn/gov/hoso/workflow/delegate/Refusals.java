package vn.gov.hoso.workflow.delegate;

import org.springframework.stereotype.Component;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.Messages;

/**
 * Turns a module's refusal into the refusal of a process start or task completion: the Vietnamese/English detail of
 * the error code is what Tasklist shows, the {@code BusinessException} the cause (the API answers it as its problem).
 */
@Component
class Refusals {

  private final Messages messages;

  Refusals(Messages messages) {
    this.messages = messages;
  }

  TaskFormRejectedException of(BusinessException e) {
    return new TaskFormRejectedException(messages.bilingual("error." + e.code() + ".detail", e.args()), e);
  }
}
