package cafe.core.notification.adapter.printer;

import cafe.core.notification.application.ReceiptPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in for a receipt printer until one is connected: each print is written to
 * {@code <folder>/<orderId>.txt} (UTF-8, the printer's 42-column lines) and logged.
 */
public class FileReceiptPrinter implements ReceiptPrinter {

    private static final Logger log = LoggerFactory.getLogger(FileReceiptPrinter.class);

    private final Path folder;

    public FileReceiptPrinter(Path folder) {
        this.folder = folder;
    }

    @Override
    public void print(String orderId, List<String> lines) {
        Path file = folder.resolve(orderId.replaceAll("[^A-Za-z0-9-]", "_") + ".txt");
        try {
            Files.createDirectories(folder);
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("receipt for " + orderId + " could not be printed to " + file, e);
        }
        log.info("orderId={} receipt printed to {}", orderId, file);
    }
}
