package cafe.terminal.fx;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * The one-second beat of a screen, on the JavaFX thread: clocks, ages, time-outs and idle resets
 * move with it. Stopped, it never ticks again until started.
 */
public final class Ticker {

    private final Timeline timeline;

    private Ticker(Runnable tick) {
        timeline = new Timeline(new KeyFrame(Duration.seconds(1), beat -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    /** A ticker that, once started, runs {@code tick} every second on the JavaFX thread. */
    public static Ticker everySecond(Runnable tick) {
        return new Ticker(tick);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    public boolean isRunning() {
        return timeline.getStatus() == Animation.Status.RUNNING;
    }
}
