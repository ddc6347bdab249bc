package jp.tokyo.mcc.line.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads that handle stored events and send the answers: they take what the webhook's threads leave of the CPU,
 * never the webhook's share (intake first: LINE gets its 200 within milliseconds however far processing falls
 * behind; the backlog waits in the database). Java's thread priorities do nothing on Linux without root, so each
 * thread lowers its own scheduling priority once when it starts ({@code renice}, which Linux applies to one thread: a
 * nice value of 10 weighs about a tenth of the webhook threads' 0 when both want the CPU; raising one's nice value
 * needs no privilege). Where that is not possible (another system, no {@code renice}) the threads run at the normal
 * priority and say so once in the log.
 */
public final class ProcessingThreads implements ThreadFactory {

    private static final Logger log = LoggerFactory.getLogger(ProcessingThreads.class);
    private static final AtomicInteger warned = new AtomicInteger();

    private final String prefix;
    private final int nice;
    private final AtomicInteger n = new AtomicInteger();

    /** {@code nice}: the Linux nice value of these threads (0: as the webhook's; 10 by default). */
    public ProcessingThreads(String prefix, int nice) {
        this.prefix = prefix;
        this.nice = nice;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(() -> {
            lowerOwnPriority(nice);
            task.run();
        }, prefix + n.incrementAndGet());
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    }

    /** Lowers the calling thread's scheduling priority (Linux); true when done. */
    static boolean lowerOwnPriority(int nice) {
        if (nice <= 0) {
            return false;
        }
        Path self = Path.of("/proc/thread-self");
        try {
            if (!Files.exists(self)) {
                return notLowered("no /proc/thread-self");
            }
            String tid = Files.readSymbolicLink(self).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(nice), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
                return notLowered("renice did not end");
            }
            return renice.exitValue() == 0 || notLowered("renice exit " + renice.exitValue());
        } catch (IOException | RuntimeException e) {
            return notLowered(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean notLowered(String why) {
        if (warned.getAndIncrement() == 0) {
            log.info("processing threads run at the webhook's priority ({})", why);
        }
        return false;
    }
}
