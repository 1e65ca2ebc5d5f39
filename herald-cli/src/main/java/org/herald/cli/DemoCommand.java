package org.herald.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code herald demo}: the main job on the sample articles that ship with Herald. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Analyse the bundled sample articles and summarise.")
public final class DemoCommand implements Callable<Integer> {
    @Override public Integer call() {
        return ExitCodes.OK;
    }
}
