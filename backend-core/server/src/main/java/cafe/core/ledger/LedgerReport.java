package cafe.core.ledger;

import java.util.List;

/**
 * What the ledger check found. Exit status for an operator command: 0 when clean, 1 when the
 * ledger has findings, 2 when a database could not be read at all.
 */
public record LedgerReport(List<Finding> findings) {

    public LedgerReport {
        findings = List.copyOf(findings);
    }

    public boolean isClean() {
        return findings.isEmpty();
    }

    public int exitStatus() {
        if (findings.stream().anyMatch(finding -> finding.kind() == Finding.Kind.UNREADABLE)) {
            return 2;
        }
        return isClean() ? 0 : 1;
    }

    @Override
    public String toString() {
        if (isClean()) {
            return "ledger clean";
        }
        StringBuilder text = new StringBuilder(findings.size() + " finding(s):");
        findings.forEach(finding -> text.append(System.lineSeparator()).append("  ").append(finding));
        return text.toString();
    }
}
