package org.bmcplatform.mctp.binding.serial;

import java.time.Duration;
import org.bmcplatform.mctp.binding.BindingConformanceTest;
import org.bmcplatform.mctp.time.VirtualScheduler;

/** The conformance kit for the serial binding over the in-memory {@link SerialPipe}. */
class SerialBindingConformanceTest extends BindingConformanceTest {

    @Override
    protected ConnectedPair createPair(VirtualScheduler scheduler) {
        SerialPipe.Pair pipe = SerialPipe.pair(scheduler, Duration.ZERO);
        return new ConnectedPair(new SerialBinding(pipe.a(), SerialBinding.MAX_MTU),
                new SerialBinding(pipe.b(), SerialBinding.MAX_MTU), raw -> pipe.injectInto(pipe.b(), raw));
    }
}
