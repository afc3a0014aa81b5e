package org.bmcplatform.mctp.binding.serial;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.bmcplatform.mctp.Bytes;

/** A line that records every write before passing it on, to look at the bytes a binding puts on the wire. */
final class RecordingLine implements SerialLine {
    private final SerialLine line;
    private final List<Bytes> writes = new CopyOnWriteArrayList<>();

    RecordingLine(SerialLine line) {
        this.line = line;
    }

    List<Bytes> writes() {
        return writes;
    }

    @Override
    public String name() {
        return line.name();
    }

    @Override
    public void start(Consumer<Bytes> received) {
        line.start(received);
    }

    @Override
    public CompletionStage<Void> write(Bytes bytes) {
        writes.add(bytes);
        return line.write(bytes);
    }

    @Override
    public boolean isConnected() {
        return line.isConnected();
    }

    @Override
    public void close() {
        line.close();
    }
}
