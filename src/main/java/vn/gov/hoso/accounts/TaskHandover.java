package vn.gov.hoso.accounts;

/** Port (implemented by the workflow module): hands the open tasks of a person who leaves over to their unit. */
public interface TaskHandover {

  /**
   * Unassigns every open task assigned to the user and offers it to the focal officers of the unit (and of the units
   * above, as the models route). The tasks the user has as the subject of a process (their own declaration) are
   * left alone when they are assigned as an employee of their own dossier; officers' tasks are handed over.
   *
   * @return the number of tasks handed over
   */
  int handOver(String username, String unitId);
}
