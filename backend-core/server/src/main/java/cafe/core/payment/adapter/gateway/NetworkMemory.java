package cafe.core.payment.adapter.gateway;

import cafe.core.payment.application.PaymentGateway.Approved;
import cafe.core.payment.application.PaymentGateway.ChargeResult;
import cafe.core.payment.application.PaymentGateway.Declined;
import cafe.core.payment.application.PaymentGateway.RefundReceipt;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the simulated card network remembers, as a real one does across the store's restarts: the
 * answer it gave under each idempotency key, the approvals voided, the refunds made. Kept as one
 * tab-separated line per fact in a text file of its own (never a card token), or only in memory.
 */
final class NetworkMemory {

    private final Map<String, ChargeResult> answers = new HashMap<>();
    private final Set<String> voided = new HashSet<>();
    private final Map<String, RefundReceipt> refunds = new HashMap<>();
    private final BufferedWriter file;
    private int approvals;

    private NetworkMemory(BufferedWriter file) {
        this.file = file;
    }

    static NetworkMemory inMemory() {
        return new NetworkMemory(null);
    }

    /** Reads what the network remembers from {@code path} (if it exists) and goes on writing there. */
    static NetworkMemory in(Path path) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            NetworkMemory memory = new NetworkMemory(Files.newBufferedWriter(path, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                memory.apply(line.split("\t", -1));
            }
            return memory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the simulated card network's memory " + path, e);
        }
    }

    synchronized Optional<ChargeResult> answer(String key) {
        return Optional.ofNullable(answers.get(key));
    }

    synchronized boolean isVoided(String key) {
        return voided.contains(key);
    }

    synchronized Optional<RefundReceipt> refund(String key) {
        return Optional.ofNullable(refunds.get(key));
    }

    /** How many charges were ever approved: the next approval code follows it. */
    synchronized int approvals() {
        return approvals;
    }

    synchronized int refundsMade() {
        return refunds.size();
    }

    synchronized void answered(String key, ChargeResult result) {
        write(result instanceof Approved approved ? new String[] {"charge", key, "APPROVED", approved.authorizationCode()}
                : new String[] {"charge", key, "DECLINED", ((Declined) result).code(), ((Declined) result).message()});
    }

    synchronized void voided(String key) {
        write(new String[] {"void", key});
    }

    synchronized void refunded(String key, RefundReceipt receipt) {
        write(new String[] {"refund", key, receipt.refundId()});
    }

    private void write(String[] fact) {
        apply(fact);
        if (file == null) {
            return;
        }
        try {
            file.write(String.join("\t", fact));
            file.newLine();
            file.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the simulated card network cannot write its memory", e);
        }
    }

    private void apply(String[] fact) {
        switch (fact[0]) {
            case "charge" -> {
                boolean approved = fact[2].equals("APPROVED");
                answers.put(fact[1], approved ? new Approved(fact[3]) : new Declined(fact[3], fact[4]));
                approvals += approved ? 1 : 0;
            }
            case "void" -> voided.add(fact[1]);
            case "refund" -> refunds.put(fact[1], new RefundReceipt(fact[2]));
            default -> throw new IllegalStateException("unknown fact in the card network's memory: " + fact[0]);
        }
    }
}
