package org.earlyhelp.reliability;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What each fault test did to the suite and what it found afterwards: the records the work
 * depended on, how many were lost and how many exist twice. Printed as each fault is survived
 * and summed up when the suite stops, so the run's output says it in numbers.
 */
final class FaultLedger {

    /** One fault the suite went through. */
    record Fault(String what, String detail, String records, long checked, long lost, long duplicates, boolean survived) {
    }

    private final PrintStream out;
    private final List<Fault> faults = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    FaultLedger(PrintStream out) {
        this.out = out;
    }

    /**
     * Records a fault the suite came through; called after the test's assertions, so a fault whose
     * test failed is never counted as survived.
     */
    synchronized void survived(String what, String detail, String records, long checked, long lost, long duplicates) {
        Fault fault = new Fault(what, detail, records, checked, lost, duplicates, lost == 0 && duplicates == 0);
        faults.add(fault);
        out.println(line(fault));
    }

    /** A further finding to print in the summary (audit rows counted, shutdown order observed). */
    synchronized void note(String finding) {
        notes.add(finding);
        out.println("[reliability] " + finding);
    }

    synchronized void printSummary() {
        long survived = faults.stream().filter(Fault::survived).count();
        long lost = faults.stream().mapToLong(Fault::lost).sum();
        long duplicates = faults.stream().mapToLong(Fault::duplicates).sum();
        out.println();
        out.println("==== Reliability: faults survived " + survived + " of " + faults.size() + ", records lost " + lost
                + ", duplicates " + duplicates + " ====");
        faults.forEach(fault -> out.println(line(fault)));
        notes.forEach(note -> out.println("  " + note));
        out.println();
    }

    private static String line(Fault fault) {
        return String.format("  %-9s %s: %d %s checked, lost %d, duplicates %d%n            %s", fault.survived() ? "SURVIVED" : "FAILED",
                fault.what(), fault.checked(), fault.records(), fault.lost(), fault.duplicates(), fault.detail());
    }
}
