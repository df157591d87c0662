package cafe.kiosk.speech;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A speech engine that writes down what it was asked to say: the tests' ears. */
public final class RecordingSpeech implements Speech {

    private final List<Utterance> said = new CopyOnWriteArrayList<>();
    private int silenced;

    @Override
    public void say(Utterance utterance) {
        said.add(utterance);
    }

    @Override
    public void silence() {
        silenced++;
    }

    @Override
    public void close() {
        // nothing to release
    }

    public List<Utterance> said() {
        return List.copyOf(said);
    }

    public List<String> texts() {
        return said.stream().map(Utterance::text).toList();
    }

    public Utterance last() {
        return said.isEmpty() ? null : said.get(said.size() - 1);
    }

    public int silenced() {
        return silenced;
    }

    public void clear() {
        said.clear();
    }
}
