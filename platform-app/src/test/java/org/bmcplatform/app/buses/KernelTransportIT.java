package org.bmcplatform.app.buses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bmcplatform.app.PlatformApplication;
import org.bmcplatform.app.RestApi;
import org.bmcplatform.mctp.MctpException;
import org.bmcplatform.mctp.kernel.AfMctpEndpoint;
import org.bmcplatform.mctp.time.SystemScheduler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bmc.mctp.transport=kernel}: on a kernel without MCTP (this build machine) the platform stops at
 * start with one message that says what is missing and what to do instead; on a kernel with MCTP it runs
 * with the board's network as its one bus and no interfaces of its own.
 */
class KernelTransportIT {

    private static boolean kernelHasMctp() {
        try (SystemScheduler scheduler = new SystemScheduler("probe", 1)) {
            AfMctpEndpoint.open(scheduler).close();
            return true;
        } catch (MctpException e) {
            return false;
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PlatformApplication.class).run("--server.port=0", "--bmc.mctp.transport=kernel",
                "--bmc.mctp.kernel-eids=8-20",
                "--spring.datasource.url=jdbc:h2:mem:kernel-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void theKernelTransportRunsWhereTheKernelHasMctpAndStopsWithOneClearMessageWhereNot() {
        if (kernelHasMctp()) {
            try (ConfigurableApplicationContext app = start()) {
                RestApi api = new RestApi(((WebServerApplicationContext) app).getWebServer().getPort());
                assertThat(api.list("/api/interfaces")).isEmpty();
                List<Map<String, Object>> endpoints = api.list("/api/endpoints");
                assertThat(endpoints).allSatisfy(e -> assertThat(e.get("interface")).isEqualTo("net1"));
            }
            return;
        }
        Throwable failure = catchThrowable(KernelTransportIT::start);

        TransportUnavailableException cause = findCause(failure);
        assertThat(cause.getMessage()).startsWith("bmc.mctp.transport=kernel: ")
                .contains("AF_MCTP").contains("bmc.mctp.transport=java");
        assertThat(new TransportUnavailableFailureAnalyzer().analyze(failure).getAction())
                .contains("bmc.mctp.transport=java").contains("CONFIG_MCTP");
    }

    private static TransportUnavailableException findCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof TransportUnavailableException e) {
                return e;
            }
        }
        throw new AssertionError("the start did not fail with TransportUnavailableException", t);
    }
}
