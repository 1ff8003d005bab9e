package vn.gov.hoso.accounts;

/** Port (implemented by the workflow module): hands the open tasks of a person who leaves over to their unit. */
public interface TaskHandover {

  /**
   * Unassigns every open task assigned to the user and offers it to the focal officers of the unit (and of the units
   * above, as the models route). Tasks of the user's own dossier (process business key = username, e.g. their own
   * declaration) stay as they are.
   *
   * @return the number of tasks handed over
   */
  int handOver(String username, String unitId);
}
