package vn.gov.hoso.organisation;

/** Published when a unit moves (or is merged into another) and every path starting with {@code oldPath} changes. */
public record UnitSubtreeMoved(String oldPath, String newPath) {}
