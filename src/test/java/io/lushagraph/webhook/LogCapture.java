package io.lushagraph.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures every log record the application writes while open, with its parameters and stack traces. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<String> lines = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();

    private LogCapture() {
        setLevel(Level.ALL);
    }

    /** Starts capturing. */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                line.append(' ').append(parameter);
            }
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            line.append(' ').append(t);
        }
        lines.add(line.toString());
        levels.add(record.getLevel());
    }

    /** Everything captured so far, one record per line. */
    public synchronized String text() {
        return String.join("\n", lines);
    }

    /** The records captured at ERROR (JUL's SEVERE) or above, one a line. */
    public synchronized List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (levels.get(i).intValue() >= Level.SEVERE.intValue()) {
                errors.add(lines.get(i));
            }
        }
        return errors;
    }

    /** How many records were captured. */
    public synchronized int size() {
        return lines.size();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
