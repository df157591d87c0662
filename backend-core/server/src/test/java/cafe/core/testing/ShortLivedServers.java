package cafe.core.testing;

import java.util.List;

/** JVM options for a StoreServer a test starts in a process of its own and stops within seconds. */
public final class ShortLivedServers {

    /**
     * A start is CPU-bound (about 15 CPU seconds cold, most of it class loading and the JIT; nothing
     * waits on a lock or the journal), so on a busy two-core machine its wall time is that times the
     * load. A server that lives for seconds gains nothing from C2: C1 alone halves the CPU a start takes.
     */
    public static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xmx128m");

    private ShortLivedServers() {
    }
}
