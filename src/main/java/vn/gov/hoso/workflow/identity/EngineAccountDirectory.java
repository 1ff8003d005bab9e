package vn.gov.hoso.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.accounts.AccountDirectory;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;

/**
 * {@link AccountDirectory} of the default profile: the engine's own identity store. The person chooses their password
 * on the activation page ({@link ActivationStyle#CHOOSE_PASSWORD}), checked against the realm's policy (12–64
 * characters, upper and lower case, a digit, a special character, not the user's name) with Camunda's password-policy
 * rules. The engine user (with its groups) is created only then: Camunda's store has no user without a password, so
 * until activation the account exists in the organisation module alone and nobody can log in with it.
 */
@Component
@Profile("!keycloak")
@Transactional
class EngineAccountDirectory implements AccountDirectory {

  static final int MAX_PASSWORD_LENGTH = 64;
  private static final PasswordPolicy POLICY = () -> List.<PasswordPolicyRule>of(
      new PasswordPolicyLengthRuleImpl(12), new PasswordPolicyLowerCaseRuleImpl(1),
      new PasswordPolicyUpperCaseRuleImpl(1), new PasswordPolicyDigitRuleImpl(1),
      new PasswordPolicySpecialCharacterRuleImpl(1), new PasswordPolicyUserDataRuleImpl());

  private final IdentityService identity;
  private final IdentityAdministration administration;
  private final OrganisationService organisation;

  EngineAccountDirectory(IdentityService identity, IdentityAdministration administration,
      OrganisationService organisation) {
    this.identity = identity;
    this.administration = administration;
    this.organisation = organisation;
  }

  @Override
  public ActivationStyle activationStyle() {
    return ActivationStyle.CHOOSE_PASSWORD;
  }

  @Override
  public void create(Account account) {
    // nothing to store yet: see the class comment
  }

  @Override
  public void activate(String username, String password) {
    Account account = organisation.account(username)
        .orElseThrow(() -> new BusinessException("accountNotFound", ErrorKind.NOT_FOUND, username));
    User candidate = identity.newUser(username);
    candidate.setFirstName(account.displayName());
    candidate.setLastName("");
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(POLICY, password, candidate);
    if (!result.isValid() || password.length() > MAX_PASSWORD_LENGTH) {
      throw new BusinessException("passwordPolicy", ErrorKind.INVALID);
    }
    administration.provision(account, password);
  }

  @Override
  public boolean hasPassword(String username) {
    User user = identity.createUserQuery().userId(username).singleResult();
    return user != null && user.getPassword() != null;
  }

  @Override
  public void disable(String username) {
    administration.remove(username);
  }
}
