package org.earlyhelp.cases.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a family plan action stands; done and dropped are final. */
public enum ActionStatus {

    PLANNED("planned"),
    IN_PROGRESS("in-progress"),
    DONE("done"),
    DROPPED("dropped");

    private final String value;

    ActionStatus(String value) {
        this.value = value;
    }

    /** Still to be done: counts towards overdue actions and stops a case closing. */
    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    /** The statuses that are {@link #open()}, for queries that count or find open actions. */
    public static java.util.List<ActionStatus> openOnes() {
        return java.util.Arrays.stream(values()).filter(ActionStatus::open).toList();
    }

    /** planned → in-progress → done; planned or in-progress → dropped; done and dropped are final. */
    public boolean mayMoveTo(ActionStatus next) {
        return switch (this) {
            case PLANNED -> next == IN_PROGRESS || next == DONE || next == DROPPED;
            case IN_PROGRESS -> next == DONE || next == DROPPED;
            case DONE, DROPPED -> false;
        };
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The constant written as {@link #value()}; {@link IllegalArgumentException} naming the allowed values otherwise. */
    @JsonCreator
    public static ActionStatus of(String value) {
        for (ActionStatus candidate : values()) {
            if (candidate.value.equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("Unknown value '" + value + "'; allowed: "
                + java.util.Arrays.stream(values()).map(ActionStatus::value).toList());
    }
}
