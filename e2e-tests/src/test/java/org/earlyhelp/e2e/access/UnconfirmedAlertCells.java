package org.earlyhelp.e2e.access;

/**
 * Cumulative-concern alerts resting on strong matches the hub has not confirmed (issue 27 point 2, decision 0054): the
 * trios of {@link AlertCells}, each agency spelling the child's surname a little differently, nothing confirmed.
 */
final class UnconfirmedAlertCells extends AlertCells {

    @Override
    String name() {
        return "unconfirmed-alert";
    }

    @Override
    boolean confirmed() {
        return false;
    }
}
