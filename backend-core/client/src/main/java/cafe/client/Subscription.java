package cafe.client;

/** A registered listener; closing it stops the calls. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
