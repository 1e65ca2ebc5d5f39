package org.herald.cli;

import org.herald.store.Store;
import org.herald.store.StoreException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/** How a reading command opens the store and reports what goes wrong: one message on standard error, exit status 2. */
final class StoreCommands {
    private StoreCommands() { }

    static int withStore(Path file, boolean sandboxed, PrintWriter err, Function<Store, Integer> body) {
        try (Store store = sandboxed ? Store.openSandboxed(file) : Store.openForReading(file)) {
            return body.apply(store);
        } catch (StoreException | IllegalArgumentException e) {
            err.println("herald: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
    }
}
