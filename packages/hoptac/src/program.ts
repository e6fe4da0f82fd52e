/**
 * hoptac/program: cooperation programs between boards: parties, periods, obligations, reviews,
 * their reporting calendar, completeness and snapshots.
 */
export {};
