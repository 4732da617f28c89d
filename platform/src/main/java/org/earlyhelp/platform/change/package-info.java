/**
 * What every context's records share when they change: who made the change ({@link org.earlyhelp.platform.change.Actor}),
 * the line it leaves in the record's history ({@link org.earlyhelp.platform.change.HistoryLine}), and the refusal of a
 * change the record's state does not allow ({@link org.earlyhelp.platform.change.IllegalTransition}, answered 409).
 */
package org.earlyhelp.platform.change;
